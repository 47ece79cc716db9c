import Redis from 'ioredis';

// Arguments sent in one round trip, members per bulk command, and round trips in flight: big
// enough to keep Redis busy while this process encodes the next pipeline, small enough that
// no command blocks Redis for long.
const ROUND_TRIP_ARGS = 200_000;
const CHUNK = 1000;
const IN_FLIGHT = 2;

/**
 * Redis commands sent in pipelines of about ROUND_TRIP_ARGS arguments, IN_FLIGHT at once: the
 * rebuild's writes. A bulk command's members go in commands of CHUNK members. A failed
 * command's error is thrown by a later `send` or by `flush`, after the commands before it
 * have run; the rebuild then stops, its staging keys left to expire.
 */
export class PipelinedWrites {
  private pipeline: ReturnType<Redis['pipeline']>;
  private args = 0;
  private readonly sent: Promise<void>[] = [];

  constructor(private readonly redis: Redis) {
    this.pipeline = redis.pipeline();
  }

  /**
   * `command key ...items` (ZADD, HSET, SADD) for each member of `members`, its `perMember`
   * items (e.g. score and member) made by `items`, in commands of CHUNK members.
   */
  async bulk<T>(
    command: 'zadd' | 'hset' | 'sadd',
    key: string,
    members: Iterable<T>,
    items: (member: T, into: (string | number)[]) => void,
  ): Promise<void> {
    let chunk: (string | number)[] = [key];
    let count = 0;
    for (const member of members) {
      items(member, chunk);
      if (++count % CHUNK === 0) {
        await this.send(command, chunk);
        chunk = [key];
      }
    }
    if (chunk.length > 1) await this.send(command, chunk);
  }

  /** Any one command, e.g. `pexpire key ms`. */
  async send(command: string, args: (string | number)[]): Promise<void> {
    this.pipeline.call(command, ...args);
    this.args += args.length + 1;
    if (this.args < ROUND_TRIP_ARGS) return;
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
    const replies = (await pipeline.exec()) ?? [];
    const failed = replies.find(([error]) => error);
    if (failed) throw failed[0];
  }
}
