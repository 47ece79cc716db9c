import {
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { WithoutQueryStrings } from './export-spans';
import { serviceNameOf, traceExportOf } from './tracing';

describe('tracing settings', () => {
  it('exports over OTLP with an endpoint, to the console when asked, and nowhere otherwise', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect([
      traceExportOf(endpoint),
      traceExportOf({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }),
      traceExportOf({ OTEL_TRACES_EXPORTER: 'console' }),
      traceExportOf({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }),
      traceExportOf({}),
    ]).toEqual(['otlp', 'otlp', 'console', 'none', 'none']);
  });

  it('names the service after the folder of its entry point, unless OTEL_SERVICE_NAME says', () => {
    expect([
      serviceNameOf({}, '/work/main/services/ledger/src/main.ts'),
      serviceNameOf({}, '/app/dist/services/gateway/src/main.js'),
      serviceNameOf({ OTEL_SERVICE_NAME: 'ledger-eu' }, '/app/services/ledger/src/main.ts'),
    ]).toEqual(['ledger', 'gateway', 'ledger-eu']);
  });
});

describe('WithoutQueryStrings', () => {
  it('takes the query string off every recorded URL before the span is exported', async () => {
    const exported = new InMemorySpanExporter();
    const provider = new NodeTracerProvider({
      spanProcessors: [new WithoutQueryStrings(), new SimpleSpanProcessor(exported)],
    });
    const span = provider.getTracer('test').startSpan('GET');
    span.setAttributes({
      'http.target': '/api/me/events?ticket=secret-ticket',
      'url.full': 'http://ledger:3000/accounts?email=ana@example.org',
      'url.query': 'ticket=secret-ticket',
      'http.route': '/api/me/events',
    });
    span.end();
    await provider.forceFlush();
    const [{ attributes }] = exported.getFinishedSpans();
    await provider.shutdown();
    expect(attributes).toEqual({
      'http.target': '/api/me/events',
      'url.full': 'http://ledger:3000/accounts',
      'url.query': '',
      'http.route': '/api/me/events',
    });
  });
});
