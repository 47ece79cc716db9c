/** Runs `operation` from `concurrency` workers for `durationMs`; throughput and latencies. */
export async function measure(
  concurrency: number,
  durationMs: number,
  operation: (worker: number) => Promise<number>,
): Promise<{ perSecond: number; p50Ms: number; p99Ms: number; items: number }> {
  const latencies: number[] = [];
  let items = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < deadline) {
        const began = performance.now();
        const done = await operation(worker);
        items += done;
        latencies.push(performance.now() - began);
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  return { perSecond: Math.round(items / elapsedSeconds), ...percentiles(latencies), items };
}

/** The median and 99th percentile of `latencies` (milliseconds), rounded. */
export function percentiles(latencies: number[]): { p50Ms: number; p99Ms: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  const percentile = (p: number) => round(sorted[Math.floor((sorted.length - 1) * p)]);
  return { p50Ms: percentile(0.5), p99Ms: percentile(0.99) };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
