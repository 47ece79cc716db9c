import {
  ActivityArchived,
  ActivityPublished,
  ActivityUpdated,
  DomainError,
} from '@citypoints/contracts';
import { Activity, ActivityFields } from './activity';

/**
 * What a tenant admin asks of an activity: replace its fields (only if it is still at
 * `expectedVersion`, when given), publish it, archive it, or rotate its codes.
 */
export type ActivityChange =
  | { kind: 'replace'; fields: ActivityFields; expectedVersion?: number }
  | { kind: 'publish' }
  | { kind: 'archive' }
  | { kind: 'rotate-codes' };

/** The activity after a change, and the event to publish about it, if any. */
export interface ActivityDecision {
  activity: Activity;
  event?: typeof ActivityPublished | typeof ActivityUpdated | typeof ActivityArchived;
}

/**
 * Decides `change` of `activity` at `now`; every change raises the version. The life cycle of
 * issue 12: a draft is published once; an archived activity is final. Events tell
 * verification what it must know: ActivityPublished on publication, ActivityUpdated when a
 * published activity's fields or code generation change (drafts are nobody else's business),
 * ActivityArchived on archival. Throws DomainError('conflict'): `activity-archived`,
 * `already-published`, `stale-version` (field version).
 */
export function decideChange(
  activity: Activity,
  change: ActivityChange,
  now: Date,
): ActivityDecision {
  if (activity.state === 'archived') {
    throw new DomainError('conflict', 'activity-archived', 'the activity is archived for good');
  }
  // Last in every spread, so that no field of a replacement can set them.
  const bump = { version: activity.version + 1, updatedAt: now };
  const published = activity.state === 'published';
  switch (change.kind) {
    case 'replace':
      assertVersion(activity, change.expectedVersion);
      return {
        activity: { ...activity, ...change.fields, ...bump },
        event: published ? ActivityUpdated : undefined,
      };
    case 'publish':
      if (published) {
        throw new DomainError('conflict', 'already-published', 'the activity is published');
      }
      return { activity: { ...activity, state: 'published', ...bump }, event: ActivityPublished };
    case 'archive':
      return { activity: { ...activity, state: 'archived', ...bump }, event: ActivityArchived };
    case 'rotate-codes':
      return {
        activity: { ...activity, codeGeneration: activity.codeGeneration + 1, ...bump },
        event: published ? ActivityUpdated : undefined,
      };
  }
}

function assertVersion(activity: Activity, expected: number | undefined): void {
  if (expected === undefined || expected === activity.version) return;
  const message = `the activity is at version ${activity.version}, not ${expected}; reload it`;
  throw new DomainError('conflict', 'stale-version', message, 'version');
}
