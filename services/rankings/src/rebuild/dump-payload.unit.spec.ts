import { crc64 } from './crc64';
import { DumpPayload, RdbType, writeLength } from './dump-payload';

const lengthOf = (length: number) => {
  const into = Buffer.alloc(5);
  return [...into.subarray(0, writeLength(into, 0, length))];
};

describe('DumpPayload: values serialized as Redis DUMP makes them', () => {
  it('writes RDB lengths in 1, 2 or 5 bytes', () => {
    expect(lengthOf(0)).toEqual([0]);
    expect(lengthOf(63)).toEqual([63]);
    expect(lengthOf(64)).toEqual([0x40, 64]);
    expect(lengthOf(16383)).toEqual([0x7f, 0xff]);
    expect(lengthOf(16384)).toEqual([0x80, 0, 0, 0x40, 0]);
    expect(() => lengthOf(2 ** 32)).toThrow(RangeError);
  });

  it('lays out type, count, elements, RDB version 9 and the CRC-64 of all before it', () => {
    const hash = new DumpPayload(RdbType.hash, 1);
    hash.field('ana', '42');
    const long = 'x'.repeat(70) + 'é';
    hash.field(long, '7');
    const payload = hash.payload();
    const body = Buffer.concat([
      Buffer.of(RdbType.hash, 2),
      Buffer.of(3),
      Buffer.from('ana'),
      Buffer.of(2),
      Buffer.from('42'),
      Buffer.of(0x40, 72),
      Buffer.from(long),
      Buffer.of(1),
      Buffer.from('7'),
      Buffer.of(9, 0),
    ]);
    expect(payload.subarray(0, -8)).toEqual(body);
    expect(payload.subarray(-8)).toEqual(crc64(body));
  });

  it("writes a sorted set's scores as little-endian doubles after each member", () => {
    const board = new DumpPayload(RdbType.sortedSet);
    board.scored('b', 2.5);
    board.scored('a', -1);
    const payload = board.payload();
    expect([...payload.subarray(0, 4)]).toEqual([RdbType.sortedSet, 2, 1, 'b'.charCodeAt(0)]);
    expect(payload.readDoubleLE(4)).toBe(2.5);
    expect(payload.subarray(12, 14).toString()).toBe('\x01a');
    expect(payload.readDoubleLE(14)).toBe(-1);
    expect(board.count).toBe(2);
  });
});
