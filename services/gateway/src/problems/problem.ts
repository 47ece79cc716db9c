import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, the one error format of the public API. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A refusal of the gateway's own, with the headers it needs (Retry-After, WWW-Authenticate). */
export class Problem extends HttpException {
  constructor(
    status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }
}

export function problemDetails(
  status: number,
  detail: string,
  instance?: string,
  errors?: FieldError[],
): ProblemDetails {
  const title = STATUS_CODES[status] ?? 'Error';
  return {
    type: `https://citypoints.dev/problems/${slug(title)}`,
    title,
    status,
    detail,
    ...(instance !== undefined && { instance }),
    ...(errors && errors.length > 0 && { errors }),
  };
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
