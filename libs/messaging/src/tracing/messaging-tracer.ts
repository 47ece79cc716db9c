import { trace, Tracer } from '@opentelemetry/api';

/** The tracer of the outbox and the consumers: a no-op one unless tracing.ts exports spans. */
export function messagingTracer(): Tracer {
  return trace.getTracer('@citypoints/messaging');
}
