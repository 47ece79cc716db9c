import { randomUUID } from 'node:crypto';
import { toKafkaMessage } from '@citypoints/contracts';
import { context, propagation, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { testEvent } from '../testing/messaging-test-kit';
import { activeCorrelationId, withCorrelationId } from './correlation-id';
import { contextOfHeaders, traceContextOf } from './trace-context';

const spanContext = {
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  spanId: '00f067aa0ba902b7',
  traceFlags: TraceFlags.SAMPLED,
  isRemote: true,
};

describe('the trace context of a Kafka message', () => {
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  });

  afterAll(() => {
    context.disable();
    propagation.disable();
  });

  it('goes into the traceparent header and comes back out as the same span context', () => {
    const traced = trace.setSpanContext(ROOT_CONTEXT, spanContext);
    const carrier = traceContextOf(traced);
    expect(carrier).toEqual({
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    const { headers } = toKafkaMessage(testEvent(randomUUID(), 1), 'k', carrier);
    expect(headers.traceparent).toBe(carrier.traceparent);
    const kafkaHeaders = { ...headers, traceparent: Buffer.from(headers.traceparent) };
    expect(trace.getSpanContext(contextOfHeaders(kafkaHeaders))).toEqual(spanContext);
  });

  it('is empty without a trace, and a message without one is handled in the root context', () => {
    expect(traceContextOf(ROOT_CONTEXT)).toEqual({});
    const { headers } = toKafkaMessage(testEvent(randomUUID(), 1), 'k');
    expect(Object.keys(headers).filter((name) => name.startsWith('trace'))).toEqual([]);
    expect(trace.getSpanContext(contextOfHeaders(headers))).toBeUndefined();
  });

  it('names the correlation id of the event being handled, within its handling only', () => {
    const inside = context.with(withCorrelationId(ROOT_CONTEXT, 'c-1'), activeCorrelationId);
    expect([inside, activeCorrelationId()]).toEqual(['c-1', undefined]);
  });
});
