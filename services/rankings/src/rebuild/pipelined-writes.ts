import Redis from 'ioredis';

// Arguments and payload bytes sent in one round trip, and round trips in flight: big enough
// to keep Redis busy while this process encodes the next pipeline, small enough that no
// command blocks Redis for long (see StagedValue for RESTORE's payloads).
const ROUND_TRIP_ARGS = 200_000;
const ROUND_TRIP_BYTES = 16 * 1024 * 1024;
const IN_FLIGHT = 4;

/**
 * Redis commands sent in pipelines of about ROUND_TRIP_ARGS arguments or ROUND_TRIP_BYTES of
 * binary arguments (RESTORE's payloads), IN_FLIGHT at once, in the order sent: the rebuild's
 * writes. A failed command's error is thrown by a later `send` or by `flush`, after the
 * commands before it have run; the rebuild then stops, its staging keys left to expire.
 */
export class PipelinedWrites {
  private pipeline: ReturnType<Redis['pipeline']>;
  private args = 0;
  private bytes = 0;
  private readonly sent: Promise<void>[] = [];

  constructor(private readonly redis: Redis) {
    this.pipeline = redis.pipeline();
  }

  /** Any one command, e.g. `zadd key score member ...`; waits while IN_FLIGHT are unanswered. */
  async send(command: string, args: (string | number | Buffer)[]): Promise<void> {
    this.pipeline.call(command, ...args);
    this.args += args.length + 1;
    for (const arg of args) if (Buffer.isBuffer(arg)) this.bytes += arg.length;
    if (this.args < ROUND_TRIP_ARGS && this.bytes < ROUND_TRIP_BYTES) return;
    this.sent.push(this.handled(this.exec()));
    if (this.sent.length >= IN_FLIGHT) await this.sent.shift();
  }

  /** Sends the commands not sent yet and waits for every reply; throws the first error. */
  async flush(): Promise<void> {
    this.sent.push(this.handled(this.exec()));
    const replies = await Promise.allSettled(this.sent.splice(0));
    const failed = replies.find((reply) => reply.status === 'rejected');
    if (failed) throw failed.reason;
  }

  // Waited for later: handled now, so that its failure does not count as unhandled meanwhile.
  private handled(reply: Promise<void>): Promise<void> {
    reply.catch(() => undefined);
    return reply;
  }

  private async exec(): Promise<void> {
    const pipeline = this.pipeline;
    this.pipeline = this.redis.pipeline();
    this.args = 0;
    this.bytes = 0;
    const replies = (await pipeline.exec()) ?? [];
    const failed = replies.find(([error]) => error);
    if (failed) throw failed[0];
  }
}
