import { withCorrelationId } from '@citypoints/messaging';
import { context, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import pino from 'pino';
import { Writable } from 'node:stream';
import { logContext } from './request-logging';

describe('the context of a log line', () => {
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  });

  afterAll(() => context.disable());

  it('names the trace, the span and the correlation id of the operation it is written in', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ mixin: logContext }, sink);
    const span = {
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      traceFlags: TraceFlags.SAMPLED,
    };
    const handling = withCorrelationId(trace.setSpanContext(ROOT_CONTEXT, span), 'request-1');
    context.with(handling, () => logger.info('inside'));
    logger.info('outside');
    const [inside, outside] = lines.map((line) => JSON.parse(line));
    expect(inside).toMatchObject({
      msg: 'inside',
      trace_id: span.traceId,
      span_id: span.spanId,
      correlation_id: 'request-1',
    });
    expect([outside.msg, outside.trace_id, outside.span_id, outside.correlation_id]).toEqual([
      'outside',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
