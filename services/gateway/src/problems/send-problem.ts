import { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, Problem, problemDetails } from './problem';

/**
 * Answers `problem` as application/problem+json with its headers (Retry-After, Allow): for the
 * exception filter, and for middleware that runs before Nest and so before the filter.
 */
export function sendProblem(request: Request, response: Response, problem: Problem): void {
  for (const [name, value] of Object.entries(problem.headers)) response.setHeader(name, value);
  const status = problem.getStatus();
  response
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify(problemDetails(status, problem.detail, request.originalUrl, problem.errors)),
    );
}
