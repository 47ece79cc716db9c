import { context, propagation } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { basename, dirname } from 'node:path';

/** Where a service's spans go, as its environment says. */
export type TraceExport = 'otlp' | 'console' | 'none';

/**
 * OTLP/HTTP (JSON) when OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set, the
 * console when OTEL_TRACES_EXPORTER=console, and nowhere otherwise (OTEL_TRACES_EXPORTER=none
 * turns an endpoint off too).
 */
export function traceExportOf(env: NodeJS.ProcessEnv): TraceExport {
  const chosen = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (chosen === 'none') return 'none';
  if (chosen === 'console') return 'console';
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return 'otlp';
  return chosen === 'otlp' ? 'otlp' : 'none';
}

/**
 * The service.name of this process: OTEL_SERVICE_NAME, else the folder of the entry point
 * (`services/<name>/src/main.ts`, or its compiled `dist/services/<name>/src/main.js`).
 */
export function serviceNameOf(env: NodeJS.ProcessEnv, entry = process.argv[1] ?? ''): string {
  if (env.OTEL_SERVICE_NAME) return env.OTEL_SERVICE_NAME;
  const folder = dirname(entry);
  return basename(folder) === 'src' ? basename(dirname(folder)) : basename(entry) || 'citypoints';
}

let started = false;

/**
 * Starts OpenTelemetry tracing for this process, once: first thing in a service's main.ts
 * (`import '@citypoints/platform/tracing'`), before http and pg are loaded, so that their
 * instrumentations can patch them. Spans are recorded and exported only when traceExportOf
 * names an exporter (see export-spans.ts, loaded only then); otherwise only the context
 * machinery is set up, so that a trace context that comes in a Kafka message goes on with
 * the events its handling writes. Returns where spans go.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): TraceExport {
  const exportTo = traceExportOf(env);
  if (started) return exportTo;
  started = true;
  if (exportTo === 'none') {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    return exportTo;
  }
  // Loaded here only: the SDK and the instrumentations take a few hundred ms to load.
  const { exportSpans } = require('./export-spans') as typeof import('./export-spans');
  exportSpans(exportTo, serviceNameOf(env));
  return exportTo;
}

startTracing();
