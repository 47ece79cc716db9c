/**
 * A key a service is given through the environment under the setting of its name: a PEM, or
 * for ACTIVITY_CODE_KEY (the key activity codes are signed under) 32 random bytes in base64.
 */
export type SecretName =
  | 'JWT_PRIVATE_KEY'
  | 'SERVICE_TOKEN_PRIVATE_KEY'
  | 'SERVICE_TOKEN_PUBLIC_KEY'
  | 'ACTIVITY_CODE_KEY';

/** The keys of one cluster, by setting; a service started without one it needs is refused. */
export type ClusterSecrets = Partial<Record<SecretName, string>>;

/** How one service runs: what it needs from the servers, the other services and its keys. */
export interface ServiceDescription {
  /**
   * Its fixed ports under `npm start`: the API, and, when it serves /health and /metrics on a
   * port of their own (MANAGEMENT_PORT), that one. Tests use free ports instead.
   */
  ports: { api: number; management?: number };
  /** It has a database of its own (DATABASE_URL), migrated by the service at start-up. */
  database: boolean;
  /** It uses Redis (REDIS_URL), its keys under the cluster's prefix (REDIS_KEY_PREFIX). */
  redis: boolean;
  secrets: readonly SecretName[];
  /** The services it calls over HTTP: setting → the service whose URL the setting holds. */
  calls: Readonly<Record<string, string>>;
}

/**
 * The services of City Points, by name (`services/<name>`): `npm start`, the end-to-end tests
 * and the benchmarks all start them from here. The gateway signs service tokens; every other
 * service checks them with the public key, and identity signs the access tokens.
 */
export const SERVICES = {
  verification: {
    ports: { api: 3101 },
    database: true,
    redis: false,
    secrets: ['SERVICE_TOKEN_PUBLIC_KEY', 'ACTIVITY_CODE_KEY'],
    // Only for identity's public keys (JWKS), which personal codes are checked with locally.
    calls: { IDENTITY_URL: 'identity' },
  },
  ledger: {
    ports: { api: 3102 },
    database: true,
    redis: false,
    secrets: ['SERVICE_TOKEN_PUBLIC_KEY'],
    calls: {},
  },
  identity: {
    ports: { api: 3103 },
    database: true,
    redis: false,
    secrets: ['JWT_PRIVATE_KEY', 'SERVICE_TOKEN_PUBLIC_KEY'],
    calls: {},
  },
  activities: {
    ports: { api: 3104 },
    database: true,
    redis: false,
    secrets: ['SERVICE_TOKEN_PUBLIC_KEY', 'ACTIVITY_CODE_KEY'],
    calls: {},
  },
  rankings: {
    ports: { api: 3105 },
    database: true,
    // The leaderboards themselves; Postgres keeps the tenants' time zones.
    redis: true,
    secrets: ['SERVICE_TOKEN_PUBLIC_KEY'],
    calls: {},
  },
  rewards: {
    ports: { api: 3106 },
    database: true,
    redis: false,
    secrets: ['SERVICE_TOKEN_PUBLIC_KEY'],
    calls: {},
  },
  gateway: {
    ports: { api: 3000, management: 3090 },
    database: false,
    redis: true,
    secrets: ['SERVICE_TOKEN_PRIVATE_KEY'],
    calls: {
      IDENTITY_URL: 'identity',
      LEDGER_URL: 'ledger',
      ACTIVITIES_URL: 'activities',
      VERIFICATION_URL: 'verification',
      RANKINGS_URL: 'rankings',
      REWARDS_URL: 'rewards',
    },
  },
} satisfies Record<string, ServiceDescription>;

/** The name of one of SERVICES, also its folder under `services/`. */
export type ServiceName = keyof typeof SERVICES;
