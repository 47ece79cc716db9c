import { randomUUID } from 'node:crypto';
import { Activity } from '../activities/activity';

/** A valid draft of Cascais for unit tests, with a fresh id; `change` overrides its fields. */
export function activityOf(change: Partial<Activity> = {}): Activity {
  const at = new Date('2027-04-01T08:00:00Z');
  return {
    tenantId: 'cascais',
    activityId: randomUUID(),
    state: 'draft',
    titles: { en: 'Beach clean-up', pt: 'Limpeza de praia' },
    descriptions: {},
    category: 'environment',
    points: 50,
    place: { latitude: 38.6979, longitude: -9.4215, radius: 150 },
    schedule: { kind: 'event', start: '2027-05-01T09:00', end: '2027-05-01T12:00' },
    methods: ['qr-gps'],
    limits: { oncePerOccurrence: true },
    codeGeneration: 1,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...change,
  };
}
