// Test data for the contracts' events, for the specs of the services that use them.
export { activitySnapshotData } from './activity-snapshot-data';
