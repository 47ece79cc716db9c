import { percentiles, round } from '../measure';

/** The median and 99th percentile of one operation, in milliseconds. */
export interface Latency {
  p50Ms: number;
  p99Ms: number;
}

/**
 * Runs `operation` `warmUp` times unmeasured, then `samples` times one after another (never two
 * at once, so that a latency is the operation's alone); the latencies' p50 and p99.
 */
export async function sequentialLatency(
  samples: number,
  warmUp: number,
  operation: (i: number) => Promise<unknown>,
): Promise<Latency> {
  for (let i = 0; i < warmUp; i++) await operation(i);
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const began = performance.now();
    await operation(i);
    latencies.push(performance.now() - began);
  }
  return percentiles(latencies);
}

/** How many times slower `of` is than `raw`, at p50 and at p99. */
export function ratios(of: Latency, raw: Latency): { p50: number; p99: number } {
  return { p50: round(of.p50Ms / raw.p50Ms), p99: round(of.p99Ms / raw.p99Ms) };
}
