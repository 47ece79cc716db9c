import { ActivitySnapshotV1 } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';

/** A valid ActivityPublished or ActivityUpdated payload, with a fresh id unless `change` sets one. */
export function activitySnapshot(change: Partial<ActivitySnapshotV1> = {}): ActivitySnapshotV1 {
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
    ...change,
  };
}
