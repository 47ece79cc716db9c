import { PROBLEM_CONTENT_TYPE } from '@citypoints/contracts';
import { Request, Response } from 'express';
import { Problem, problemDetails } from './problem';

/**
 * Answers `problem` as application/problem+json with its headers (Retry-After, Allow): for the
 * exception filter, and for middleware that runs before Nest and so before the filter.
 */
export function sendProblem(request: Request, response: Response, problem: Problem): void {
  for (const [name, value] of Object.entries(problem.headers)) response.setHeader(name, value);
  const status = problem.getStatus();
  const body = problemDetails(
    status,
    problem.detail,
    request.originalUrl,
    problem.errors,
    problem.code,
  );
  response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
