import { ActivityArchived, ActivityPublished, ActivityUpdated } from '@citypoints/contracts';
import { activityOf } from '../testing/activity-of';
import { ActivityChange, decideChange } from './decide-change';

describe('decideChange', () => {
  const now = new Date('2027-04-02T10:00:00Z');
  // Only the fields an admin writes: the identity, state and versions are the activity's own.
  const { titles, descriptions, category, place, schedule, methods, limits } = activityOf();
  const replace: ActivityChange = {
    kind: 'replace',
    fields: { titles, descriptions, category, points: 80, place, schedule, methods, limits },
  };

  it('publishes a draft, with ActivityPublished, raising the version', () => {
    const { activity, event } = decideChange(activityOf(), { kind: 'publish' }, now);
    expect(activity).toMatchObject({ state: 'published', version: 2, updatedAt: now });
    expect(event).toBe(ActivityPublished);
  });

  it('replaces a draft quietly and a published activity with ActivityUpdated', () => {
    expect(decideChange(activityOf(), replace, now)).toMatchObject({
      activity: { points: 80, version: 2, state: 'draft' },
      event: undefined,
    });
    expect(decideChange(activityOf({ state: 'published' }), replace, now)).toMatchObject({
      activity: { points: 80, state: 'published' },
      event: ActivityUpdated,
    });
  });

  it('rotates the codes to the next generation, told to verification only once published', () => {
    const draft = decideChange(activityOf({ codeGeneration: 3 }), { kind: 'rotate-codes' }, now);
    expect(draft).toMatchObject({ activity: { codeGeneration: 4 }, event: undefined });
    const published = decideChange(
      activityOf({ state: 'published' }),
      { kind: 'rotate-codes' },
      now,
    );
    expect(published).toMatchObject({ activity: { codeGeneration: 2 }, event: ActivityUpdated });
  });

  it.each(['draft', 'published'] as const)(
    'archives a %s activity with ActivityArchived',
    (state) => {
      const { activity, event } = decideChange(activityOf({ state }), { kind: 'archive' }, now);
      expect(activity.state).toBe('archived');
      expect(event).toBe(ActivityArchived);
    },
  );

  it.each<ActivityChange>([
    { kind: 'publish' },
    { kind: 'archive' },
    { kind: 'rotate-codes' },
    replace,
  ])('refuses %p of an archived activity: archival is final', (change) => {
    const decide = () => decideChange(activityOf({ state: 'archived' }), change, now);
    expect(decide).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'activity-archived' }),
    );
  });

  it('refuses to publish a published activity again', () => {
    const decide = () => decideChange(activityOf({ state: 'published' }), { kind: 'publish' }, now);
    expect(decide).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'already-published' }),
    );
  });

  it('refuses a replacement of another version than the current one, naming version', () => {
    const stale = { ...replace, expectedVersion: 1 };
    expect(decideChange(activityOf({ version: 1 }), stale, now).activity.version).toBe(2);
    const decide = () => decideChange(activityOf({ version: 2 }), stale, now);
    expect(decide).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'stale-version', field: 'version' }),
    );
  });
});
