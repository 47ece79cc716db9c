import { BaseRpcContext } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';

/** Where a batch of messages came from, and the one transaction all their effects belong in. */
export interface KafkaEventBatchOrigin {
  topic: string;
  partition: number;
  /** The offset of each event of the batch, in the order of the events. */
  offsets: string[];
  tx: EntityManager;
}

/**
 * The second argument of an `@EventBatchPattern` handler, taken with `@Ctx()`: the partition
 * the events came from, each one's offset, and `tx`, the transaction that also records every
 * event of the batch as handled, so that the effects and the records commit together or not at
 * all.
 */
export class KafkaEventBatchContext extends BaseRpcContext<[KafkaEventBatchOrigin]> {
  constructor(origin: KafkaEventBatchOrigin) {
    super([origin]);
  }

  get topic(): string {
    return this.args[0].topic;
  }

  get partition(): number {
    return this.args[0].partition;
  }

  get offsets(): string[] {
    return this.args[0].offsets;
  }

  get tx(): EntityManager {
    return this.args[0].tx;
  }
}
