import { Logger } from '@nestjs/common';
import { Kafka, logCreator, logLevel, Partitioners, Producer } from 'kafkajs';

const toNestLogger: logCreator = () => {
  const logger = new Logger('kafkajs');
  return ({ level, log }) => {
    const { message, ...extra } = log;
    const line = `${message} ${JSON.stringify(extra)}`;
    // kafkajs logs every error response it then retries (a coordinator still loading, a topic
    // still being created) as an error; what it cannot retry reaches us as a thrown error.
    if (message.startsWith('Response ')) logger.debug(line);
    else if (level === logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
  };
};

export function createKafka(clientId: string, brokers: string[]): Kafka {
  return new Kafka({ clientId, brokers, logLevel: logLevel.WARN, logCreator: toNestLogger });
}

/**
 * Idempotent, one request in flight: retries can neither duplicate nor reorder a batch. The
 * Java client's partitioner, so municipality systems written in Java agree on key placement.
 */
export function createOrderedProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}
