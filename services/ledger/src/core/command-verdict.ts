import { DomainError } from '@citypoints/contracts';
import { createHash } from 'node:crypto';

/**
 * What makes two requests under one command id the same command (issue 9, item 3). Every
 * account id is in its normalised form (UUIDs in lower case).
 */
export interface CommandFingerprint {
  kind: 'transfer' | 'donate' | 'adjust';
  /** The account the command acts on: the sender, or the adjusted account. */
  account: string;
  /** The receiving account (`cause:<id>` for a donation); null for an adjustment. */
  receiver: string | null;
  /** Points; an adjustment's are negative when it takes points away. */
  points: number;
  /** The adjusting tenant admin; null for a transfer or donation. */
  adjustedBy: string | null;
  /** reasonHash of the adjustment's reason; null for a transfer or donation. */
  reasonHash: string | null;
}

const FIELDS: (keyof CommandFingerprint)[] = [
  'kind',
  'account',
  'receiver',
  'points',
  'adjustedBy',
  'reasonHash',
];

/** What a movement command answers: the account's balance right after its movement, in points. */
export interface MovementAnswer {
  balance: number;
}

export interface RecordedCommand {
  fingerprint: CommandFingerprint;
  answer: MovementAnswer;
}

export type CommandVerdict =
  { verdict: 'new' } | { verdict: 'repeat'; answer: MovementAnswer } | { verdict: 'conflict' };

/** A command id that an earlier, different command (or another sender) used (409). */
export class CommandIdReusedError extends DomainError {
  constructor(field: string, id: string) {
    super(
      'conflict',
      'command-id-reused',
      `${field} ${id} was already used for another command`,
      field,
    );
  }
}

/**
 * Whether a command is new, a repeat of the one recorded under its id (answered with the first
 * answer, moving nothing again), or a different command reusing the id (refused).
 */
export function commandVerdict(
  fingerprint: CommandFingerprint,
  recorded: RecordedCommand | undefined,
): CommandVerdict {
  if (!recorded) return { verdict: 'new' };
  const same = FIELDS.every((field) => recorded.fingerprint[field] === fingerprint[field]);
  return same ? { verdict: 'repeat', answer: recorded.answer } : { verdict: 'conflict' };
}

/**
 * SHA-256 (hex) of an adjustment's reason as stored (NFC, trimmed): enough to tell a changed
 * reason, without keeping the free text next to the command.
 */
export function reasonHash(reason: string): string {
  return createHash('sha256').update(reason, 'utf8').digest('hex');
}
