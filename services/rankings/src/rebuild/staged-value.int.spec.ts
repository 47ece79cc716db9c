import { testConnection, uniqueName } from '@citypoints/testing';
import Redis from 'ioredis';
import { RdbType } from './dump-payload';
import { PipelinedWrites } from './pipelined-writes';
import { StagedValue } from './staged-value';

describe('StagedValue: values loaded into Redis by RESTORE of payloads built here', () => {
  let redis: Redis;
  const prefix = `${uniqueName('staged')}:`;

  beforeAll(() => {
    redis = new Redis(testConnection().REDIS_URL);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.unlink(...keys);
    redis.disconnect();
  });

  async function staged(
    type: RdbType,
    elements: [string, (string | number)?][],
    maxPayloadBytes?: number,
  ): Promise<string> {
    const key = `${prefix}${uniqueName('value')}`;
    const writes = new PipelinedWrites(redis);
    const value = new StagedValue(key, type, 60_000, elements.length, maxPayloadBytes);
    for (const [member, score] of elements) value.add(member, score);
    await value.end(writes);
    await writes.flush();
    return key;
  }

  it('loads a sorted set, a hash and a set that Redis reads back as written, with the expiry', async () => {
    const people = Array.from({ length: 300 }, (_, i) => `${String(i).padStart(13, '0')}:p${i}`);
    const board = await staged(
      RdbType.sortedSet,
      people.map((member, i) => [member, (i % 7) + i / 8]),
    );
    const expected = people
      .map((member, i) => ({ member, score: (i % 7) + i / 8 }))
      .sort((a, b) => a.score - b.score || (a.member < b.member ? -1 : 1))
      .flatMap(({ member, score }) => [member, String(score)]);
    expect(await redis.zrange(board, 0, -1, 'WITHSCORES')).toEqual(expected);
    expect(await redis.object('ENCODING', board)).toBe('skiplist');
    expect(await redis.pttl(board)).toBeGreaterThan(50_000);

    const small = await staged(RdbType.sortedSet, [
      ['b', 2],
      ['a', 1],
    ]);
    expect(await redis.zrange(small, 0, -1, 'WITHSCORES')).toEqual(['a', '1', 'b', '2']);
    expect(await redis.object('ENCODING', small)).toBe('listpack');

    const reached = await staged(RdbType.hash, [
      ['ana', '0001'],
      ['bo', 3],
      ['é'.repeat(40), 'x'],
    ]);
    expect(await redis.hgetall(reached)).toEqual({ ana: '0001', bo: '3', ['é'.repeat(40)]: 'x' });

    const active = await staged(RdbType.set, [['g:ana'], ['g:bo']]);
    expect((await redis.smembers(active)).sort()).toEqual(['g:ana', 'g:bo']);
  });

  it('goes on with bulk commands beyond its largest payload', async () => {
    const fields = Array.from(
      { length: 2500 },
      (_, i) => [`person-${i}`, `${i}`] as [string, string],
    );
    const hash = await staged(RdbType.hash, fields, 200);
    expect(await redis.hlen(hash)).toBe(2500);
    expect(await redis.hget(hash, 'person-0')).toBe('0');
    expect(await redis.hget(hash, 'person-2499')).toBe('2499');
    const board = await staged(
      RdbType.sortedSet,
      fields.map(([id, n]) => [id, Number(n)]),
      200,
    );
    expect(await redis.zrevrange(board, 0, 1)).toEqual(['person-2499', 'person-2498']);
    expect(await redis.zcard(board)).toBe(2500);
    expect(await redis.pttl(board)).toBeGreaterThan(50_000);
  });

  it("throws Redis' refusal when the key exists already, leaving it as it was", async () => {
    const key = `${prefix}${uniqueName('taken')}`;
    await redis.set(key, 'kept');
    const writes = new PipelinedWrites(redis);
    const value = new StagedValue(key, RdbType.set, 60_000);
    value.add('a');
    await value.end(writes);
    await expect(writes.flush()).rejects.toThrow(/BUSYKEY/);
    expect(await redis.get(key)).toBe('kept');
  });
});
