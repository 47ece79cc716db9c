import { ActivitySnapshotV1 } from '@citypoints/contracts';
import { activitySnapshotData } from '@citypoints/contracts/testing';

/** A valid ActivityPublished or ActivityUpdated payload, with a fresh id unless `change` sets one. */
export function activitySnapshot(change: Partial<ActivitySnapshotV1> = {}): ActivitySnapshotV1 {
  return { ...activitySnapshotData(), ...change };
}
