import { trace } from '@opentelemetry/api';

// A collector that does not answer must not hold up a stopping pod for long.
const FLUSH_LIMIT_MS = 3_000;

/**
 * Sends the spans still batched and stops recording, so that a stopping service loses none of
 * its last spans; stopGracefullyOn calls it before the process exits. Nothing to do when
 * tracing exports nothing (see tracing.ts); never longer than FLUSH_LIMIT_MS.
 */
export async function flushSpans(): Promise<void> {
  const global = trace.getTracerProvider() as { getDelegate?: () => unknown };
  const provider = global.getDelegate?.() as { shutdown?: () => Promise<void> } | undefined;
  if (!provider?.shutdown) return;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, FLUSH_LIMIT_MS)));
  await Promise.race([provider.shutdown().catch(() => undefined), limit]);
  clearTimeout(timer);
}
