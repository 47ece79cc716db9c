/**
 * What kind of refusal a domain error is; the platform's problem filter gives each its HTTP
 * status (invalid 400, unauthenticated 401, forbidden 403, not-found 404, conflict 409,
 * unprocessable 422: well-formed, but a rule of the domain turns it down, such as a check-in
 * outside the activity's place).
 */
export type DomainErrorKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'unprocessable';

/**
 * A refusal by a domain rule, free of any transport: a stable `code` that clients may branch
 * on (kebab-case, e.g. `insufficient-points`), a message a person can read, and the request
 * field it concerns when there is one. Thrown by domain code; answered as RFC 9457
 * problem+json by the one filter in `@citypoints/platform` (STYLE.md: errors).
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
