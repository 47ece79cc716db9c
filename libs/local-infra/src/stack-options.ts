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
}

/** The settings services read from the environment to reach the servers. */
export interface Connection {
  DATABASE_URL: string;
  REDIS_URL: string;
  KAFKA_BROKERS: string;
}
