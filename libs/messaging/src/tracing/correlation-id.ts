import { Context, context, createContextKey } from '@opentelemetry/api';

const CORRELATION_ID = createContextKey('citypoints correlation id');

/** `parent` with the correlation id of the event (or request) being handled, for log lines. */
export function withCorrelationId(parent: Context, correlationId: string): Context {
  return parent.setValue(CORRELATION_ID, correlationId);
}

/** The correlation id of the event being handled, if any (see withCorrelationId). */
export function activeCorrelationId(): string | undefined {
  const value = context.active().getValue(CORRELATION_ID);
  return typeof value === 'string' ? value : undefined;
}
