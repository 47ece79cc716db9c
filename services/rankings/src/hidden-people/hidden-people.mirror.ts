import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { RankingsRedis } from '../core/rankings-redis';
import { HiddenPeopleSnapshot } from './hidden-people.store';

/**
 * Replaces the tenant's set of hidden people with ARGV[2..] and notes its version ARGV[1],
 * unless Redis holds this version or a later one already: a copy that arrives late (a read
 * restoring the mirror from an older snapshot) never undoes a newer change. One atomic step.
 *
 * KEYS: the set of hidden people, its version.
 */
const COPY = `
local current = tonumber(redis.call('GET', KEYS[2]) or '-1')
if current >= tonumber(ARGV[1]) then return 0 end
redis.call('DEL', KEYS[1])
if #ARGV > 1 then redis.call('SADD', KEYS[1], unpack(ARGV, 2)) end
redis.call('SET', KEYS[2], ARGV[1])
return 1
`;

type RedisWithCopy = Redis & {
  rankingsCopyHiddenPeople(
    set: string,
    version: string,
    snapshotVersion: number,
    ...userIds: string[]
  ): Promise<0 | 1>;
};

/**
 * The Redis mirror of a tenant's hidden people (RankingsKeys.hiddenPeople), which the
 * leaderboard reads leave out in the same script that reads the board. Postgres holds the
 * truth; a mirror whose version key is missing (Redis lost it) is copied again on the next
 * read (HiddenPeople.restore).
 */
@Injectable()
export class HiddenPeopleMirror {
  private readonly redis: RedisWithCopy;

  constructor(private readonly rankings: RankingsRedis) {
    rankings.client.defineCommand('rankingsCopyHiddenPeople', { numberOfKeys: 2, lua: COPY });
    this.redis = rankings.client as RedisWithCopy;
  }

  /** Copies the snapshot, unless Redis holds a later one: true when it did. */
  async copy(tenantId: string, { version, userIds }: HiddenPeopleSnapshot): Promise<boolean> {
    const { keys } = this.rankings;
    const copied = await this.redis.rankingsCopyHiddenPeople(
      keys.hiddenPeople(tenantId),
      keys.hiddenPeopleVersion(tenantId),
      version,
      ...userIds,
    );
    return copied === 1;
  }
}
