import { DumpPayload, RdbType } from './dump-payload';
import { PipelinedWrites } from './pipelined-writes';

// The largest payload one RESTORE carries: a board of about a million people. Redis loads it
// in about a second, during which it answers nothing else; elements beyond it follow as bulk
// commands, which never hold Redis for long. Far below Redis' proto-max-bulk-len (512 MB).
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;
// Members per bulk command (ZADD, HSET, SADD) beyond the payload.
const CHUNK = 1000;

const BULK = { [RdbType.sortedSet]: 'zadd', [RdbType.hash]: 'hset', [RdbType.set]: 'sadd' };

/**
 * One Redis value (sorted set, hash or set) written by the rebuild under a fresh key that
 * expires after `ttlMs`: its elements are serialized into a DUMP payload (DumpPayload) and
 * loaded with one `RESTORE key ttlMs payload`, about three times as fast for Redis as ZADD or
 * HSET of the same elements and far cheaper to encode here; a value beyond MAX_PAYLOAD_BYTES
 * goes on with bulk commands of CHUNK elements. `add` only collects; `drain` sends what is
 * ready through `writes` (waiting when Redis is behind), `end` the rest. Throws Redis' error
 * as PipelinedWrites does, e.g. BUSYKEY when the key exists already.
 */
export class StagedValue {
  private payload?: DumpPayload;
  private bulk?: (string | number)[];
  private readonly ready: [string, (string | number | Buffer)[]][] = [];
  private added = 0;

  /**
   * `elementsHint`: how many elements will be added, to size the payload once;
   * `maxPayloadBytes`: where the payload ends and bulk commands take over.
   */
  constructor(
    private readonly key: string,
    private readonly type: RdbType,
    private readonly ttlMs: number,
    elementsHint = 0,
    private readonly maxPayloadBytes = MAX_PAYLOAD_BYTES,
  ) {
    this.payload = new DumpPayload(type, Math.min(maxPayloadBytes, elementsHint * 64));
  }

  /** Elements added so far; a value with none writes nothing. */
  get size(): number {
    return this.added;
  }

  /**
   * One element: a sorted set's member with its score `value` (a number), a hash's field with
   * its value, or a set's member (`value` left out). Each member once.
   */
  add(member: string, value?: string | number): void {
    this.added++;
    const { payload } = this;
    if (payload) {
      if (this.type === RdbType.sortedSet) payload.scored(member, value as number);
      else if (this.type === RdbType.hash) payload.field(member, String(value));
      else payload.member(member);
      if (payload.size >= this.maxPayloadBytes) this.restore(payload);
      return;
    }
    const bulk = (this.bulk ??= [this.key]);
    if (this.type === RdbType.sortedSet) bulk.push(value as number, member);
    else if (this.type === RdbType.hash) bulk.push(member, String(value));
    else bulk.push(member);
    if (bulk.length > CHUNK * (this.type === RdbType.set ? 1 : 2)) this.queueBulk(bulk);
  }

  /** Sends the commands ready so far. */
  async drain(writes: PipelinedWrites): Promise<void> {
    for (const [command, args] of this.ready.splice(0)) await writes.send(command, args);
  }

  /** Sends the rest; resolves once it is in the pipeline (see PipelinedWrites.flush). */
  async end(writes: PipelinedWrites): Promise<void> {
    if (this.payload && this.payload.count > 0) this.restore(this.payload);
    if (this.bulk) this.queueBulk(this.bulk);
    await this.drain(writes);
  }

  private restore(payload: DumpPayload): void {
    this.ready.push(['restore', [this.key, this.ttlMs, payload.payload()]]);
    this.payload = undefined;
  }

  private queueBulk(bulk: (string | number)[]): void {
    this.ready.push([BULK[this.type], bulk]);
    this.bulk = undefined;
  }
}
