import { createHash, randomBytes } from 'node:crypto';
import { Caller } from '../auth/caller';

/** A ticket opens the event stream within this many seconds, or never. */
export const EVENT_TICKET_SECONDS = 30;

/** 32 random bytes, base64url: 256 bits nobody can guess, and never a JWT (no dots). */
export const EVENT_TICKET = /^[A-Za-z0-9_-]{43}$/;

/** A new ticket: 43 base64url characters from the system's CSPRNG. */
export function newEventTicket(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Milliseconds the ticket of `caller`'s token lives: 30 s, but never past the token's own
 * expiry; 0 or less when the token is about to expire (refresh it first).
 */
export function eventTicketLifetimeMs(caller: Caller, now: number): number {
  return Math.min(EVENT_TICKET_SECONDS * 1000, caller.expiresAt - now);
}

/**
 * The Redis key of a ticket: its SHA-256, so that whoever reads Redis cannot use the tickets
 * it holds.
 */
export function eventTicketKey(keyPrefix: string, ticket: string): string {
  return `${keyPrefix}event-tickets:${createHash('sha256').update(ticket).digest('base64url')}`;
}
