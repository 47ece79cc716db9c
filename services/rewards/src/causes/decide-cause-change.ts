import { CauseArchived, CausePublished, DomainError } from '@citypoints/contracts';
import { Cause, CauseFields } from './cause';

/**
 * What a tenant admin asks of a cause: replace its fields (only if it is still at
 * `expectedVersion`, when given), publish it, or archive it.
 */
export type CauseChange =
  | { kind: 'replace'; fields: CauseFields; expectedVersion?: number }
  | { kind: 'publish' }
  | { kind: 'archive' };

/** The cause after a change, and the event to publish about it, if any. */
export interface CauseDecision {
  cause: Cause;
  event?: typeof CausePublished | typeof CauseArchived;
}

/**
 * Decides `change` of `cause` at `now`; every change raises the version. The life cycle of
 * issue 14: a draft is edited and published once; a published cause is archived; an archived
 * cause is final. A published cause's texts stay as the donors saw them, so only drafts are
 * edited. CausePublished opens the cause's ledger account; CauseArchived closes it, and is
 * published only for a cause that was published (a draft's account was never opened).
 * Throws DomainError('conflict'): `cause-not-editable` (replacing a published or archived
 * cause), `stale-version` (field version), `invalid-transition` (publishing a cause that is not
 * a draft, archiving an archived one).
 */
export function decideCauseChange(cause: Cause, change: CauseChange, now: Date): CauseDecision {
  // Last in every spread, so that no field of a replacement can set them.
  const bump = { version: cause.version + 1, updatedAt: now };
  switch (change.kind) {
    case 'replace':
      if (cause.state !== 'draft') throw notEditable(cause);
      assertVersion(cause, change.expectedVersion);
      return { cause: { ...withoutOptionals(cause), ...change.fields, ...bump } };
    case 'publish':
      if (cause.state !== 'draft') throw invalidTransition(cause, 'published');
      return { cause: { ...cause, state: 'published', ...bump }, event: CausePublished };
    case 'archive':
      if (cause.state === 'archived') throw invalidTransition(cause, 'archived');
      return {
        cause: { ...cause, state: 'archived', ...bump },
        event: cause.state === 'published' ? CauseArchived : undefined,
      };
  }
}

// A replacement states every field: an optional one it leaves out is removed.
function withoutOptionals(cause: Cause): Cause {
  const { imageUrl: _imageUrl, target: _target, ...rest } = cause;
  return rest;
}

function notEditable(cause: Cause): DomainError {
  const message = `the cause is ${cause.state}: only a draft is edited`;
  return new DomainError('conflict', 'cause-not-editable', message);
}

function invalidTransition(cause: Cause, to: Cause['state']): DomainError {
  const message = `a ${cause.state} cause cannot become ${to}`;
  return new DomainError('conflict', 'invalid-transition', message);
}

function assertVersion(cause: Cause, expected: number | undefined): void {
  if (expected === undefined || expected === cause.version) return;
  const message = `the cause is at version ${cause.version}, not ${expected}; reload it`;
  throw new DomainError('conflict', 'stale-version', message, 'version');
}
