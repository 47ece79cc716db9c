import { Injectable } from '@nestjs/common';

/** A probe of one dependency: resolves when it can serve, throws (with why) when it cannot. */
export type ReadinessProbe = () => Promise<void>;

/**
 * What a service's /health/ready checks besides its database and Kafka (HealthController): a
 * service adds a probe per dependency of its own, such as the rankings' Redis, when it starts.
 * Global, so that any module may inject it.
 */
@Injectable()
export class ReadinessChecks {
  private readonly probes = new Map<string, ReadinessProbe>();

  /** Checks `probe` under `name` in every readiness answer; a second add of a name replaces it. */
  add(name: string, probe: ReadinessProbe): void {
    this.probes.set(name, probe);
  }

  /** The probes added, by name, in the order added. */
  all(): [string, ReadinessProbe][] {
    return [...this.probes];
  }
}
