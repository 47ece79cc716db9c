import { activitySnapshotData } from '../testing/activity-snapshot-data';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { ActivityPublished } from './activity-published';

describeEventSchema({
  type: ActivityPublished,
  topic: Topics.activities,
  valid: activitySnapshotData,
  accepts: [
    { impact: undefined, place: undefined },
    { titles: { sv: 'Strandstädning' } },
    { schedule: { kind: 'always' } },
    { schedule: { kind: 'weekly', hours: [{ day: 6, open: '10:00', close: '14:00' }] } },
    { methods: ['qr', 'steward', 'integration', 'qr-gps'] },
    { limits: {} },
    { codeGeneration: 7 },
  ],
  refuses: [
    [{ activityId: 'beach' }, 'data.activityId: activityId must be a UUID'],
    [{ titles: {} }, 'data.titles: titles must have at least one language'],
    [{ titles: { en: '  ' } }, 'data.titles.en: en must be 1 to 120 characters'],
    [{ titles: { en: 'x'.repeat(121) } }, 'data.titles.en: en must be 1 to 120 characters'],
    [{ titles: { de: 'Strand' } }, 'data.titles.de: property de should not exist'],
    [{ category: 'sports' }, 'data.category: category must be one of the following values'],
    [{ points: 0 }, 'data.points: points must be a positive integer'],
    [{ points: 1_000_001 }, 'data.points: points must be at most 1000000'],
    [{ impact: { unit: 'kg', quantity: 0 } }, 'data.impact.quantity: quantity must be a positive'],
    [{ place: { latitude: 91, longitude: 0, radius: 10 } }, 'data.place.latitude'],
    [{ place: { latitude: 38, longitude: -9, radius: 0 } }, 'data.place.radius'],
    [{ place: { latitude: 38, longitude: -9, radius: 50_001 } }, 'data.place.radius'],
    [{ schedule: { kind: 'monthly' } }, 'data.schedule: schedule must be an object whose kind'],
    [{ schedule: 'always' }, 'data.schedule: schedule must be an object whose kind'],
    [{ methods: [] }, 'data.methods: methods should not be empty'],
    [{ methods: ['qr', 'qr'] }, "data.methods: All methods's elements must be unique"],
    [{ methods: ['telepathy'] }, 'data.methods: each value in methods must be one of'],
    [{ limits: [] }, 'data.limits: limits must be an object'],
    [{ codeGeneration: 0 }, 'data.codeGeneration: codeGeneration must not be less than 1'],
    [{ email: 'ana@example.org' }, 'data.email: property email should not exist'],
  ],
});
