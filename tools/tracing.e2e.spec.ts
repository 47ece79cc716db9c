import { Cluster, startTestServices } from '@citypoints/cluster';
import { uniqueName, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { onceVerificationKnows, ON_THE_BEACH, Town, UNLIMITED_GATEWAY } from './e2e-town';

/** A span as an OTLP/HTTP JSON export names it, with the service.name of its resource. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}

// OTLP span kinds (opentelemetry-proto trace.proto).
const SERVER = 2;
const PRODUCER = 4;
const CONSUMER = 5;

type OtlpExport = {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: Omit<ReceivedSpan, 'service'>[] }[];
  }[];
};

/** A tiny OTLP/HTTP receiver (JSON protocol): keeps every span it is sent. */
async function startOtlpReceiver(): Promise<{
  url: string;
  spans: ReceivedSpan[];
  server: Server;
}> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as OtlpExport;
      for (const { resource, scopeSpans } of body.resourceSpans ?? []) {
        const name = resource?.attributes?.find(({ key }) => key === 'service.name');
        const service = name?.value.stringValue ?? 'unknown';
        for (const scope of scopeSpans ?? []) {
          for (const span of scope.spans ?? []) spans.push({ ...span, service });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, spans, server };
}

// Issue 15: one check-in is one trace, from the gateway's answer through verification, over
// Kafka (the trace context kept in the outbox row, then in the message's traceparent header)
// to the ledger, and on to rankings; every service exports its spans to an OTLP endpoint.
describe('tracing of a check-in', () => {
  const tenant = `trace-${randomUUID().slice(0, 8)}`;
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let cluster: Cluster<
    'identity' | 'ledger' | 'activities' | 'verification' | 'rankings' | 'rewards' | 'gateway'
  >;
  let town: Town;
  /** Verification's log lines, as JSON. */
  const verificationLog: Record<string, unknown>[] = [];

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const tracing = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      // Spans leave within a tenth of a second, rather than the 5 s default.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    const names = [
      'identity',
      'ledger',
      'activities',
      'verification',
      'rankings',
      'rewards',
      'gateway',
    ] as const;
    let partial = '';
    cluster = await startTestServices(names, {
      prefix: `${uniqueName('tracing')}.`,
      // Seven processes starting at once on a small machine, each loading the tracing SDK too.
      readyTimeoutMs: 90_000,
      output: (service, chunk) => {
        if (service !== 'verification') return;
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines.filter((l) => l.startsWith('{'))) {
          verificationLog.push(JSON.parse(line));
        }
      },
      env: {
        identity: tracing,
        ledger: tracing,
        activities: tracing,
        verification: { ...tracing, LOG_LEVEL: 'info' },
        rankings: tracing,
        rewards: tracing,
        gateway: { ...UNLIMITED_GATEWAY, ...tracing },
      },
    });
    town = new Town(tenant, cluster.services.gateway.url, cluster.services.identity.url);
  }, 240_000);

  afterAll(async () => {
    await cluster?.close();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  it('follows one check-in from the gateway through verification and the ledger to rankings', async () => {
    await town.found('pt', 'Europe/Lisbon');
    const admin = await town.staff('tenant-admin');
    const { code } = await town.publishActivity(admin, 30, 'Limpeza da praia');
    const ana = await town.resident('ana');
    const scannedAt = new Date().toISOString();
    const checkIn = await onceVerificationKnows(() =>
      town.checkIn(ana, { code, position: ON_THE_BEACH, scannedAt }, `ana-${scannedAt}`),
    );
    expect([checkIn.status, checkIn.body.state]).toEqual([201, 'verified']);

    // The gateway's answer to the check-in that went through, and every span of its trace.
    const inTrace = (traceId: string) => receiver.spans.filter((s) => s.traceId === traceId);
    const trace = await waitFor('the check-in trace to reach rankings', async () => {
      const answers = receiver.spans.filter(
        (s) => s.service === 'gateway' && s.kind === SERVER && s.name === 'POST checkIn',
      );
      const reached = answers
        .map(({ traceId }) => inTrace(traceId))
        .find((spans) => spans.some((s) => s.service === 'rankings' && s.kind === CONSUMER));
      return reached;
    });

    const services = new Set(trace.map(({ service }) => service));
    expect([...services]).toEqual(
      expect.arrayContaining(['gateway', 'verification', 'ledger', 'rankings']),
    );
    // One tree: every span but the gateway's answer has its parent in the trace.
    const ids = new Set(trace.map(({ spanId }) => spanId));
    const roots = trace.filter(({ parentSpanId }) => !parentSpanId || !ids.has(parentSpanId));
    expect(roots.map(({ service, kind }) => [service, kind])).toEqual([['gateway', SERVER]]);
    // Across Kafka: the ledger's and rankings' handling are children of another service's
    // publishing, and the verification's publishing descends from its request.
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    for (const service of ['ledger', 'rankings']) {
      const handled = trace.filter((s) => s.service === service && s.kind === CONSUMER);
      const parents = handled.map(({ parentSpanId }) => byId.get(parentSpanId ?? ''));
      expect(parents).toContainEqual(
        expect.objectContaining({ kind: PRODUCER, service: expect.not.stringMatching(service) }),
      );
    }
    const published = trace.filter((s) => s.service === 'verification' && s.kind === PRODUCER);
    expect(published.length).toBeGreaterThan(0);
    // Verification's log line of the check-in names the trace and its own span.
    const answered = trace.find((s) => s.service === 'verification' && s.kind === SERVER);
    expect(verificationLog).toContainEqual(
      expect.objectContaining({
        msg: 'request completed',
        trace_id: answered?.traceId,
        span_id: answered?.spanId,
      }),
    );
  });
});
