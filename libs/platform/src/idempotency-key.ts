import { DomainError } from '@citypoints/contracts';
import { createHash } from 'node:crypto';

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The request's Idempotency-Key header (IETF draft-ietf-httpapi-idempotency-key-header): 1–200
 * printable ASCII characters, a UUID in practice. Throws DomainError 400
 * `idempotency-key-required` naming the header when it is missing or malformed; `what` names
 * the request in the message ("check-in", "redemption").
 */
export function idempotencyKeyOf(header: string | string[] | undefined, what: string): string {
  if (typeof header !== 'string' || !KEY.test(header)) {
    throw new DomainError(
      'invalid',
      'idempotency-key-required',
      `Idempotency-Key header is required: 1 to 200 printable characters, e.g. a UUID per ${what}`,
      'Idempotency-Key',
    );
  }
  return header;
}

/** A stable hash (SHA-256, base64url) of a validated request body, to tell a retry from another. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('base64url');
}

/** The same Idempotency-Key with another body: 422 `idempotency-key-reused`, nothing happens. */
export function keyReused(what: string): DomainError {
  return new DomainError(
    'unprocessable',
    'idempotency-key-reused',
    `Idempotency-Key was already used for a different request: use a new key for a new ${what}`,
    'Idempotency-Key',
  );
}
