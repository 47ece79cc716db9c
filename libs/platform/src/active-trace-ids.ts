import { trace } from '@opentelemetry/api';

/**
 * The active span's trace and span ids, for log lines: none outside a traced operation, or
 * when tracing is off and no caller sent a trace context.
 */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId } = span.spanContext();
  return trace.isSpanContextValid(span.spanContext())
    ? { trace_id: traceId, span_id: spanId }
    : undefined;
}
