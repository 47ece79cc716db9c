import { FieldError, ProblemDetails } from '@citypoints/contracts';
import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';

/**
 * A refusal at the HTTP edge, answered as problem+json with the headers it needs
 * (Retry-After, WWW-Authenticate, Allow): bad input, limits, a service's problem passed on.
 * Domain code throws DomainError instead.
 */
export class Problem extends HttpException {
  constructor(
    status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
    /** The stable code of the refusal, when a domain rule made it. */
    readonly code?: string,
    /**
     * RFC 9457 extension members the body carries beside the standard ones, e.g. the
     * participation a rejected check-in made and when to try again; a standard member wins.
     */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail, status);
  }
}

/** The RFC 9457 body for `status`: its title, and a type URI made from the title. */
export function problemDetails(
  status: number,
  detail: string,
  instance?: string,
  errors?: FieldError[],
  code?: string,
): ProblemDetails {
  const title = STATUS_CODES[status] ?? 'Error';
  return {
    type: `https://citypoints.dev/problems/${slug(title)}`,
    title,
    status,
    detail,
    ...(instance !== undefined && { instance }),
    ...(code !== undefined && { code }),
    ...(errors && errors.length > 0 && { errors }),
  };
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
