import { Cluster, SERVICES, ServiceName, startServices, testSecrets } from '@citypoints/cluster';
import { Connection, createDatabase, dropDatabase } from '@citypoints/local-infra';
import { provideServiceKeys } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';

/**
 * The services `names` as processes on `servers`, as a benchmark runs them: free ports, a fresh
 * database per service (`bench_<service>_<run>`, dropped on close), topics and Redis keys under
 * a prefix of the run's own, and `env` over each service's settings.
 */
export function startBenchCluster<N extends ServiceName>(
  servers: Connection,
  names: readonly N[],
  env: Partial<Record<ServiceName, Record<string, string>>> = {},
): Promise<Cluster<N>> {
  const run = randomUUID().slice(0, 8);
  provideServiceKeys();
  return startServices(names, {
    connection: servers,
    databases: async (service) => {
      const name = `bench_${service}_${run}`;
      return {
        url: await createDatabase(servers.DATABASE_URL, name),
        drop: () => dropDatabase(servers.DATABASE_URL, name),
      };
    },
    ports: 'free',
    secrets: testSecrets(),
    prefix: `bench.${run}.`,
    env,
  });
}

/** Gateway settings for a benchmark: its load comes from one address and a few people. */
export const UNLIMITED_GATEWAY = {
  RATE_LIMIT_PERSON: '1000000000',
  RATE_LIMIT_IP: '1000000000',
};

/**
 * The gateway and every service it calls (SERVICES' gateway `calls`), rate limits lifted, for a
 * benchmark of the public API. Its services are the cluster's `services`.
 */
export function startGatewayBenchCluster(servers: Connection) {
  const names = [...new Set(Object.values(SERVICES.gateway.calls)), 'gateway'] as ServiceName[];
  return startBenchCluster(servers, names, { gateway: UNLIMITED_GATEWAY });
}
