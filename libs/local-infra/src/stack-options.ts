export interface StackPorts {
  postgres: number;
  redis: number;
  kafka: number;
  kafkaController: number;
}

export interface StackOptions {
  /** Holds every server's data, logs and pid files; one stack per folder. */
  dir: string;
  ports: StackPorts;
  /** False for tests: durability costs start-up and write time and protects only throwaway data. */
  durable: boolean;
  /**
   * Sized to idle small on a developer's machine (`infra:up`, `npm start`): Kafka's heap at most
   * 256 MiB instead of 512 MiB and its JIT the quick one only, Postgres's shared buffers 16 MB
   * instead of 128 MB. Tests and benchmarks, which load the servers hard, leave it off.
   */
  lean?: boolean;
}

/** The settings services read from the environment to reach the servers. */
export interface Connection {
  DATABASE_URL: string;
  REDIS_URL: string;
  KAFKA_BROKERS: string;
}
