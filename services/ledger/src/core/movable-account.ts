import { DomainError, Role } from '@citypoints/contracts';

/**
 * A ledger account's kind. Points move only to and from citizens and causes (issue 9, item 8);
 * staff (verifiers, tenant admins, partner staff, platform operators) have an account that
 * holds nothing and takes no movement, so a gift to them is refused rather than lost.
 */
export type AccountKind = 'citizen' | 'cause' | 'staff';

/** The kinds a command may move points to or from. */
export type MovableKind = Exclude<AccountKind, 'staff'>;

/** What the registry knows about an account: its kind, and whether it has closed. */
export interface RegisteredAccount {
  kind: AccountKind;
  closedAt: Date | null;
}

/** The tenant has no account of that kind under the id (404). */
export class UnknownAccountError extends DomainError {
  constructor(message: string, field?: string) {
    super('not-found', 'unknown-account', message, field);
  }
}

/** The account has closed: an erased person's, an archived cause's (409). */
export class ClosedAccountError extends DomainError {
  constructor(message: string, field?: string) {
    super('conflict', 'closed-account', message, field);
  }
}

/** A staff member's account, which takes no movement (409). */
export class StaffAccountError extends DomainError {
  constructor(message: string, field?: string) {
    super('conflict', 'staff-account', message, field);
  }
}

/** The account a person's role gives them: only citizens collect and give points. */
export function accountKindOf(role: Role): 'citizen' | 'staff' {
  return role === 'citizen' ? 'citizen' : 'staff';
}

/**
 * Throws unless `account` (undefined when the tenant has none) takes a movement as a `kind`
 * account: UnknownAccountError (none of that kind), StaffAccountError (a staff member's),
 * ClosedAccountError (an erased person's, an archived cause's); each names `field`, the request
 * field that named the account, when there is one.
 */
export function assertMovable(
  tenantId: string,
  accountId: string,
  kind: MovableKind,
  account: RegisteredAccount | undefined,
  field?: string,
): void {
  if (account?.kind === 'staff') {
    const message = `${accountId} is a staff account: points move only to and from citizens and causes`;
    throw new StaffAccountError(message, field);
  }
  if (!account || account.kind !== kind) {
    throw new UnknownAccountError(`${tenantId} has no ${kind} account ${accountId}`, field);
  }
  if (account.closedAt) {
    throw new ClosedAccountError(`the ${kind} account ${accountId} is closed`, field);
  }
}
