import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  Span,
  SpanExporter,
  SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

// Attributes that hold a whole URL or its query: the query goes (tickets, tokens, e-mails).
const URL_ATTRIBUTES = ['http.target', 'http.url', 'url.full', 'http.client.request.url'];
const QUERY_ATTRIBUTES = ['url.query'];

/**
 * Removes query strings from the URLs that the HTTP instrumentations record, before a span
 * ends: an event stream's ticket or a search term must not reach the tracing backend.
 */
export class WithoutQueryStrings implements SpanProcessor {
  onStart(): void {
    // Nothing to do until the span ends: its attributes are set meanwhile.
  }

  onEnding(span: Span): void {
    for (const name of URL_ATTRIBUTES) {
      const value = span.attributes[name];
      if (typeof value === 'string' && value.includes('?')) {
        span.setAttribute(name, value.slice(0, value.indexOf('?')));
      }
    }
    for (const name of QUERY_ATTRIBUTES) {
      if (span.attributes[name] !== undefined) span.setAttribute(name, '');
    }
  }

  onEnd(): void {
    // onEnding has done it all.
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Records spans as `serviceName` and exports them in batches, over OTLP/HTTP (JSON, to
 * OTEL_EXPORTER_OTLP_ENDPOINT) or to the console; with the http (incoming and outgoing),
 * undici (the gateway's calls) and pg instrumentations. Health and metrics requests are not
 * traced, nor pg queries outside a traced operation (the outbox relay's polling). Loaded by
 * tracing.ts only when spans are exported: the SDK costs a process nothing otherwise.
 */
export function exportSpans(to: 'otlp' | 'console', serviceName: string): void {
  const exporter: SpanExporter =
    to === 'console' ? new ConsoleSpanExporter() : new OTLPTraceExporter();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    spanProcessors: [new WithoutQueryStrings(), new BatchSpanProcessor(exporter)],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) =>
          /^\/(health|metrics)(\/|\?|$)/.test(request.url ?? ''),
      }),
      new UndiciInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
}
