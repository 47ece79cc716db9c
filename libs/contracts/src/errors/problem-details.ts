/** One refused field of a request: its path (`items.0.points`) and why. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * RFC 9457 problem details, the one error format of every service and the public API.
 * `code` (an extension member) is the stable code of the refusal, e.g. `insufficient-points`;
 * `errors` names each refused field.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
