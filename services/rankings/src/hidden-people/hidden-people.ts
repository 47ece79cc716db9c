import { DomainError } from '@citypoints/contracts';
import { HiddenPeopleDto, HiddenPersonDto, MAX_HIDDEN_PEOPLE } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { RankingsRedis } from '../core/rankings-redis';
import { HiddenPeopleMirror } from './hidden-people.mirror';
import { HiddenPeopleStore, MirrorStep } from './hidden-people.store';

// Points never leave the all-time board of every category: whoever ever scored is on it.
const EVERYONE_EVER = { scope: 'people', periodId: 'all', category: 'all' } as const;

/**
 * The people a tenant admin hides from the tenant's leaderboards, and shows again. They keep
 * scoring while hidden, so showing them needs no rebuild; every read leaves them out and
 * places the others among themselves (BoardReads). Postgres keeps the list, Redis a mirror
 * that the reads use, written in the change's transaction.
 */
@Injectable()
export class HiddenPeople {
  constructor(
    private readonly store: HiddenPeopleStore,
    private readonly mirror: HiddenPeopleMirror,
    private readonly rankings: RankingsRedis,
  ) {}

  /**
   * Hides the person, at `now` unless hidden before (then as they were). Throws DomainError
   * `unknown-person` (404) for someone without points on the tenant's boards, such as a
   * person of another tenant, and `too-many-hidden` (409) past MAX_HIDDEN_PEOPLE.
   */
  async hide(tenantId: string, userId: string, now: Date): Promise<HiddenPersonDto> {
    await this.assertRanked(tenantId, userId);
    const copy = this.copyTo(tenantId);
    const hidden = await this.store.hide(tenantId, userId, now, MAX_HIDDEN_PEOPLE, copy);
    if (hidden) return hidden;
    throw new DomainError(
      'conflict',
      'too-many-hidden',
      `tenant ${tenantId} already hides ${MAX_HIDDEN_PEOPLE} people, the most it may`,
      'person',
    );
  }

  /** Shows the person again (nothing to do if they were not hidden); 404 as for `hide`. */
  async show(tenantId: string, userId: string): Promise<void> {
    await this.assertRanked(tenantId, userId);
    await this.store.show(tenantId, userId, this.copyTo(tenantId));
  }

  /** The tenant's hidden people, most recently hidden first. */
  async list(tenantId: string): Promise<HiddenPeopleDto> {
    return { people: await this.store.list(tenantId) };
  }

  /**
   * Copies the tenant's hidden people from Postgres to Redis again, for a read that found no
   * mirror (Redis lost it, or the tenant never had one); a newer copy there stays.
   */
  async restore(tenantId: string): Promise<void> {
    await this.mirror.copy(tenantId, await this.store.snapshot(tenantId));
  }

  private copyTo(tenantId: string): MirrorStep {
    return async (snapshot) => {
      await this.mirror.copy(tenantId, snapshot);
    };
  }

  private async assertRanked(tenantId: string, userId: string): Promise<void> {
    const { client, keys } = this.rankings;
    if (await client.hexists(keys.reached(tenantId, EVERYONE_EVER), userId)) return;
    throw new DomainError(
      'not-found',
      'unknown-person',
      `${userId} has no points on the leaderboards of tenant ${tenantId}`,
      'person',
    );
  }
}
