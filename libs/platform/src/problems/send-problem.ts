import { PROBLEM_CONTENT_TYPE } from '@citypoints/contracts';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Problem, problemDetails } from './problem';

/**
 * Answers `problem` as application/problem+json with its headers (Retry-After, Allow): for the
 * exception filter, and for Fastify hooks that run before Nest and so before the filter.
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): void {
  const status = problem.getStatus();
  const body = {
    ...problem.extensions,
    ...problemDetails(status, problem.detail, request.url, problem.errors, problem.code),
  };
  void reply
    .headers(problem.headers)
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(body));
}

/** The path of `request`, without its query string. */
export function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0];
}
