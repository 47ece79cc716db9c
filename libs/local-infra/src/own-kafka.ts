import { join } from 'node:path';
import { connectionFor } from './connection';
import { kafkaServer } from './kafka';
import { ownedPid, stopProcess } from './processes';
import { waitUntil } from './wait-until';

/**
 * A Kafka broker of the caller's own (KRaft, one node), kept in `dir` and listening on `port`
 * with its controller on `controllerPort`, both on 127.0.0.1: for a test that stops Kafka,
 * which must not be the shared broker. Later starts on the same `dir` and ports bring the same
 * topics and messages back. Resolves once it creates and lists a topic, with its
 * KAFKA_BROKERS ('127.0.0.1:<port>'). Throws when it is not ready within a minute.
 */
export async function startOwnKafka(
  dir: string,
  port: number,
  controllerPort: number,
): Promise<string> {
  const ports = { postgres: 0, redis: 0, kafka: port, kafkaController: controllerPort };
  await kafkaServer.launch({ dir, ports, durable: false });
  await waitUntil(() => kafkaServer.isReady(ports), { timeoutMs: kafkaServer.readyTimeoutMs });
  return connectionFor(ports).KAFKA_BROKERS;
}

/** Stops the broker startOwnKafka started from `dir` (a clean shutdown), if it runs. */
export async function stopOwnKafka(dir: string): Promise<void> {
  const pid = ownedPid(kafkaServer.pidFile(dir), join(dir, kafkaServer.name));
  if (pid !== undefined) await stopProcess(pid, kafkaServer.stopSignal, 30_000);
}
