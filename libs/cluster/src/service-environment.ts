import { Connection } from '@citypoints/local-infra';
import { ClusterSecrets, ServiceDescription, ServiceName, SERVICES } from './services';

/** What a service's environment is made of, besides its description. */
export interface EnvironmentInputs {
  connection: Pick<Connection, 'REDIS_URL' | 'KAFKA_BROKERS'>;
  /** Its own database, when its description says it has one. */
  databaseUrl?: string;
  secrets: ClusterSecrets;
  /** The base URLs (`http://host:port`) of the services already started, by name. */
  urls: Readonly<Partial<Record<string, string>>>;
  /** Put before the cluster's Kafka topics and Redis keys; none when absent. */
  prefix?: string;
  /** Added last, over everything else. */
  extra?: Record<string, string>;
}

/**
 * The settings service `name` starts with, from its description in SERVICES: the Kafka brokers,
 * its database, Redis, its keys and the URLs of the services it calls. Ports are not included:
 * they are the process starter's. Throws naming what is missing: a database, a key or a URL.
 */
export function serviceEnvironment(
  name: ServiceName,
  inputs: EnvironmentInputs,
): Record<string, string> {
  const service: ServiceDescription = SERVICES[name];
  const { connection, prefix } = inputs;
  const required = (value: string | undefined, what: string) => {
    if (value === undefined) throw new Error(`${name} needs ${what}, which was not given`);
    return value;
  };
  return {
    KAFKA_BROKERS: connection.KAFKA_BROKERS,
    ...(prefix !== undefined && { KAFKA_TOPIC_PREFIX: prefix }),
    ...(service.database && { DATABASE_URL: required(inputs.databaseUrl, 'a database') }),
    ...(service.redis && { REDIS_URL: connection.REDIS_URL }),
    ...(service.redis && prefix !== undefined && { REDIS_KEY_PREFIX: prefix }),
    ...Object.fromEntries(
      service.secrets.map((secret) => [secret, required(inputs.secrets[secret], secret)]),
    ),
    ...Object.fromEntries(
      Object.entries(service.calls).map(([setting, callee]) => [
        setting,
        required(inputs.urls[callee], `the URL of ${callee} (${setting})`),
      ]),
    ),
    ...inputs.extra,
  };
}
