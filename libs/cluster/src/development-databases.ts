import { createDatabase } from '@citypoints/local-infra';
import { ServiceName } from './services';
import { ServiceDatabase } from './start-services';

/**
 * The databases of `npm start`: `citypoints_<service>` on the server `serverUrl` names
 * (a postgres:// URL), made when missing and never dropped, so the data outlives restarts.
 */
export function developmentDatabases(
  serverUrl: string,
): (service: ServiceName) => Promise<ServiceDatabase> {
  return async (service) => ({ url: await createDatabase(serverUrl, `citypoints_${service}`) });
}
