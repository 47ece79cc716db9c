import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { Problem } from './problem';
import { sendProblem } from './send-problem';

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
    const problem =
      error instanceof Problem
        ? error
        : new Problem(
            status,
            status >= 500
              ? 'the gateway failed to answer; try again later'
              : messageOf(error as HttpException),
          );
    sendProblem(request, response, problem);
  }
}

function messageOf(error: HttpException): string {
  const body = error.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
}
