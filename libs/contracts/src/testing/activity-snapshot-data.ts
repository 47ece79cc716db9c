import { randomUUID } from 'node:crypto';
import { ActivitySnapshotV1 } from '../events/activity-snapshot';

/** A valid ActivityPublished or ActivityUpdated payload for tests, with a fresh id. */
export function activitySnapshotData(): ActivitySnapshotV1 {
  return {
    activityId: randomUUID(),
    titles: { en: 'Beach clean-up', pt: 'Limpeza de praia' },
    category: 'environment',
    points: 50,
    impact: { unit: 'kg collected', quantity: 2.5 },
    place: { latitude: 38.6979, longitude: -9.4215, radius: 150 },
    schedule: { kind: 'event', start: '2027-05-01T09:00', end: '2027-05-01T12:00' },
    methods: ['qr-gps', 'steward'],
    limits: { oncePerOccurrence: true },
    codeGeneration: 1,
    version: 1,
  };
}
