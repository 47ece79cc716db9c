/** The stream moved on since the caller read it: read again, decide again, append again. */
export class ConcurrencyError extends Error {
  override name = 'ConcurrencyError';

  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
  ) {
    super(`stream ${streamId} is no longer at version ${expectedVersion}`);
  }
}

/** An event with this idempotency key is already stored: the effect has happened. */
export class DuplicateEventError extends Error {
  override name = 'DuplicateEventError';

  constructor(readonly idempotencyKeys: string[]) {
    super(`already appended: ${idempotencyKeys.join(', ')}`);
  }
}
