import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, Problem, problemDetails } from './problem';

/** Every error leaves the gateway as application/problem+json, whoever raised it. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('gateway');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (response.headersSent) {
      response.end();
      return;
    }
    const status = error instanceof HttpException ? error.getStatus() : 500;
    // Readiness keeps the health check's own report, which probes and dashboards read.
    if (error instanceof HttpException && request.path.startsWith('/health/')) {
      response.status(status).json(error.getResponse());
      return;
    }
    if (status >= 500 && !(error instanceof Problem)) {
      this.logger.error(`${request.method} ${request.path}: ${(error as Error).stack}`);
    }
    if (error instanceof Problem) {
      for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
    }
    const detail =
      error instanceof Problem
        ? error.detail
        : status >= 500
          ? 'the gateway failed to answer; try again later'
          : messageOf(error as HttpException);
    const errors = error instanceof Problem ? error.errors : undefined;
    response
      .status(status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problemDetails(status, detail, request.originalUrl, errors)));
  }
}

function messageOf(error: HttpException): string {
  const body = error.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
}
