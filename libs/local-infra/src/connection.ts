import { Connection, StackPorts } from './stack-options';

/** Loopback only: these servers have no passwords. */
export function connectionFor(ports: StackPorts): Connection {
  return {
    DATABASE_URL: `postgres://postgres@127.0.0.1:${ports.postgres}/postgres`,
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
    KAFKA_BROKERS: `127.0.0.1:${ports.kafka}`,
  };
}
