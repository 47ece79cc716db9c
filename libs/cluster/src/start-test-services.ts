import { createTestDatabase, testConnection, uniqueName } from '@citypoints/testing';
import { ServiceName } from './services';
import { Cluster, ClusterOptions, startServices } from './start-services';
import { testSecrets } from './test-secrets';

/**
 * startServices for one test file: this run's servers, a fresh database per service (dropped
 * on close), free ports, testSecrets() with `options.secrets` over them, and a prefix of its own
 * (cluster.prefix) unless `options.prefix` names one.
 */
export function startTestServices<N extends ServiceName>(
  names: readonly N[],
  options: Partial<ClusterOptions> = {},
): Promise<Cluster<N>> {
  return startServices(names, {
    connection: testConnection(),
    databases: createTestDatabase,
    ports: 'free',
    prefix: `${uniqueName('cluster')}.`,
    ...options,
    secrets: { ...testSecrets(), ...options.secrets },
  });
}
