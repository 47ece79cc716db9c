import { Context, context, propagation, ROOT_CONTEXT, TextMapGetter } from '@opentelemetry/api';

/** The W3C trace context as Kafka headers or an outbox row hold it: `traceparent`, `tracestate`. */
export type TraceContextCarrier = Record<string, string>;

type HeaderValue = Buffer | string | (Buffer | string)[] | undefined;

const kafkaHeaders: TextMapGetter<Record<string, HeaderValue>> = {
  keys: (headers) => Object.keys(headers),
  get: (headers, key) => {
    const value = headers[key];
    const single = Array.isArray(value) ? value[0] : value;
    return single?.toString();
  },
};

/**
 * The trace context of `from` (the active one by default) as `traceparent`/`tracestate`
 * entries, by the globally registered propagator: empty when there is no trace to continue.
 */
export function traceContextOf(from: Context = context.active()): TraceContextCarrier {
  const carrier: TraceContextCarrier = {};
  propagation.inject(from, carrier);
  return carrier;
}

/** The context a message's (or outbox row's) trace headers name; the root context if none. */
export function contextOfHeaders(headers: Record<string, HeaderValue> | undefined): Context {
  return headers ? propagation.extract(ROOT_CONTEXT, headers, kafkaHeaders) : ROOT_CONTEXT;
}
