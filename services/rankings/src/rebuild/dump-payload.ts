import { crc64 } from './crc64';

/**
 * The RDB types of the values the rebuild writes (Redis' src/rdb.h): a sorted set with binary
 * scores (RDB_TYPE_ZSET_2), a hash (RDB_TYPE_HASH) and a set (RDB_TYPE_SET). Redis picks the
 * encoding on RESTORE (listpack or intset when small), as it does for ZADD, HSET and SADD.
 */
export const RdbType = { set: 2, hash: 4, sortedSet: 5 } as const;
export type RdbType = (typeof RdbType)[keyof typeof RdbType];

// The RDB version the payloads declare: 9 (Redis 5 and 6), which Redis 7 and later accept, as
// RESTORE takes any version up to its own; the three types above are older than it.
const RDB_VERSION = 9;
// Room kept before the elements for the type and the element count (at most 5 bytes), written
// last.
const HEADER_ROOM = 6;
const FOOTER = 10;

/**
 * One Redis value serialized as DUMP makes it, for RESTORE: the type, the element count, the
 * elements (each a string, and for a sorted set its score as a binary double), the RDB version
 * and the CRC-64 of it all (see docs "DUMP": the format is Redis' RDB object encoding). Strings
 * are written as they are, uncompressed. The elements are appended one by one, the count
 * written by `payload()`; the caller must not repeat a member (RESTORE refuses duplicates).
 * Used by the rebuild to load a whole board with one command instead of thousands of ZADDs.
 */
export class DumpPayload {
  private buffer: Buffer;
  private at = HEADER_ROOM;
  private elements = 0;

  /** `bytesHint`: the expected size, to allocate once (it grows when exceeded). */
  constructor(
    private readonly type: RdbType,
    bytesHint = 4096,
  ) {
    this.buffer = Buffer.allocUnsafeSlow(HEADER_ROOM + bytesHint + FOOTER);
  }

  /** Bytes written so far: about the size of the payload. */
  get size(): number {
    return this.at;
  }

  /** Elements appended so far. */
  get count(): number {
    return this.elements;
  }

  /** A set's member. */
  member(value: string): void {
    this.string(value);
    this.elements++;
  }

  /** A hash's field and its value. */
  field(field: string, value: string): void {
    this.string(field);
    this.string(value);
    this.elements++;
  }

  /** A sorted set's member and its score. */
  scored(member: string, score: number): void {
    this.string(member);
    this.room(8);
    this.buffer.writeDoubleLE(score, this.at);
    this.at += 8;
    this.elements++;
  }

  /** The whole payload, for `RESTORE key ttl payload`; the builder is spent afterwards. */
  payload(): Buffer {
    const start = HEADER_ROOM - 1 - lengthBytes(this.elements);
    this.buffer[start] = this.type;
    writeLength(this.buffer, start + 1, this.elements);
    this.buffer.writeUInt16LE(RDB_VERSION, this.at);
    crc64(this.buffer.subarray(start, this.at + 2)).copy(this.buffer, this.at + 2);
    return this.buffer.subarray(start, this.at + FOOTER);
  }

  // An RDB string: its length, then its bytes (UTF-8). A short ASCII one (ids, digits) is
  // copied character by character, faster than Buffer's write for so few; any other is
  // written after a one-byte length, then moved in the rare case that its length takes more.
  private string(value: string): void {
    const { length } = value;
    this.room(5 + length * 3);
    const { buffer, at } = this;
    if (length < 64) {
      let ascii = 0;
      while (ascii < length && value.charCodeAt(ascii) < 0x80) {
        buffer[at + 1 + ascii] = value.charCodeAt(ascii);
        ascii++;
      }
      if (ascii === length) {
        buffer[at] = length;
        this.at = at + 1 + length;
        return;
      }
    }
    const bytes = buffer.write(value, at + 1, 'utf8');
    const size = lengthBytes(bytes);
    if (size > 1) buffer.copyWithin(at + size, at + 1, at + 1 + bytes);
    this.at = writeLength(buffer, at, bytes) + bytes;
  }

  private room(bytes: number): void {
    if (this.at + bytes + FOOTER <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(
      Math.max(this.buffer.length * 2, this.at + bytes + FOOTER),
    );
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }
}

/** The bytes of an RDB length: see writeLength. */
export function lengthBytes(length: number): number {
  return length < 64 ? 1 : length < 16384 ? 2 : 5;
}

/**
 * Writes an RDB length at `at` and returns the position after it: 6 bits in one byte below
 * 64, 14 bits in two below 16384, else 0x80 and 32 bits big-endian. Throws a RangeError beyond
 * 32 bits (0x81 and 64 bits in RDB), which no board reaches.
 */
export function writeLength(into: Buffer, at: number, length: number): number {
  if (length < 64) {
    into[at] = length;
    return at + 1;
  }
  if (length < 16384) {
    into[at] = 0x40 | (length >> 8);
    into[at + 1] = length & 0xff;
    return at + 2;
  }
  if (length > 0xffffffff) throw new RangeError(`an RDB length of ${length} is beyond 32 bits`);
  into[at] = 0x80;
  into.writeUInt32BE(length, at + 1);
  return at + 5;
}
