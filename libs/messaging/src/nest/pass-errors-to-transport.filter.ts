import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Hands a handler's error back to KafkaEventTransport as it was thrown. Nest's default filter
 * would log it and replace it with "Internal server error", and the dead-letter record would
 * lose the reason; the transport decides what a failure means (retry, dead letter).
 */
@Catch()
export class PassErrorsToTransport implements RpcExceptionFilter {
  catch(error: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => error);
  }
}
