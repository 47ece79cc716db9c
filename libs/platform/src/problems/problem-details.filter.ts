import { DomainError, DomainErrorKind } from '@citypoints/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from './problem';
import { pathOf, sendProblem } from './send-problem';

const STATUS_OF: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
};

/**
 * Every error leaves a service as RFC 9457 application/problem+json, whoever raised it: a
 * DomainError with its status, code and field; a Problem as it is; Nest's own refusals (an
 * unknown route, a guard) with their status and message; anything else as a 500 that is
 * logged and says nothing of its cause to the caller.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger: Logger;

  constructor(private readonly serviceName: string) {
    this.logger = new Logger(serviceName);
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (reply.sent || reply.raw.headersSent) {
      reply.raw.end();
      return;
    }
    // Readiness keeps the health check's own report, which probes and dashboards read.
    if (error instanceof HttpException && pathOf(request).startsWith('/health/')) {
      void reply.status(error.getStatus()).send(error.getResponse());
      return;
    }
    sendProblem(request, reply, this.problemOf(error, request));
  }

  private problemOf(error: unknown, request: FastifyRequest): Problem {
    if (error instanceof Problem) return error;
    if (error instanceof DomainError) {
      const errors = error.field ? [{ field: error.field, message: error.message }] : undefined;
      return new Problem(STATUS_OF[error.kind], error.message, errors, {}, error.code);
    }
    const status = error instanceof HttpException ? error.getStatus() : 500;
    if (status < 500) return new Problem(status, messageOf(error as HttpException));
    this.logger.error(`${request.method} ${pathOf(request)}: ${(error as Error).stack}`);
    return new Problem(status, `the ${this.serviceName} failed to answer; try again later`);
  }
}

function messageOf(error: HttpException): string {
  const body = error.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
}
