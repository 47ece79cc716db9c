import { BaseRpcContext } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';

/** Where a message came from, and the transaction its effect belongs in. */
export interface KafkaEventOrigin {
  topic: string;
  partition: number;
  offset: string;
  /** Absent for the handlers of a group declared `transactional: false`. */
  tx?: EntityManager;
}

/**
 * The second argument of an `@EventPattern` handler served by KafkaEventTransport, taken with
 * `@Ctx()`: the message's topic, partition and offset, and `tx`, the transaction that also
 * records the event as handled, so that the effect and the record commit together or not at all.
 */
export class KafkaEventContext extends BaseRpcContext<[KafkaEventOrigin]> {
  constructor(origin: KafkaEventOrigin) {
    super([origin]);
  }

  get topic(): string {
    return this.args[0].topic;
  }

  get partition(): number {
    return this.args[0].partition;
  }

  get offset(): string {
    return this.args[0].offset;
  }

  /** Throws for a handler of a group declared `transactional: false`: it has no transaction. */
  get tx(): EntityManager {
    const { tx } = this.args[0];
    if (!tx) throw new Error(`the handler of ${this.topic} is not transactional: it has no tx`);
    return tx;
  }
}
