import { StackPorts } from './stack-options';

/**
 * server.properties for one node that is both broker and KRaft controller. Internal topics get
 * one replica and few partitions: there is no second broker, and each partition costs start-up.
 */
export function kafkaProperties(
  dataDir: string,
  { kafka, kafkaController }: Pick<StackPorts, 'kafka' | 'kafkaController'>,
): string {
  const properties = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@127.0.0.1:${kafkaController}`,
    listeners: `PLAINTEXT://127.0.0.1:${kafka},CONTROLLER://127.0.0.1:${kafkaController}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${kafka}`,
    'controller.listener.names': 'CONTROLLER',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name': 'PLAINTEXT',
    'log.dirs': dataDir,
    'num.partitions': '3',
    'offsets.topic.replication.factor': '1',
    'offsets.topic.num.partitions': '3',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    'auto.create.topics.enable': 'true',
    // The log cleaner (it compacts __consumer_offsets) takes 128 MiB of heap for its offset map
    // by default, at start-up once there is anything to clean: more than a lean broker has
    // (OutOfMemoryError on a second start with data). 8 MiB maps some 350,000 keys a pass.
    'log.cleaner.dedupe.buffer.size': String(8 * 1024 * 1024),
  };
  return Object.entries(properties)
    .map(([key, value]) => `${key}=${value}\n`)
    .join('');
}
