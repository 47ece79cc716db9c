import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PublicNamesDto } from '@citypoints/http-contracts';
import { shownPeople } from './privacy.store';
import { publicNamesOf } from './public-names-of';

/**
 * The names people of a tenant consented to show, many at once, for the answers the gateway
 * composes (a leaderboard page, a points history). Read at each call, so a change of consent
 * or an erasure shows at once.
 */
@Injectable()
export class PublicNames {
  constructor(private readonly db: DataSource) {}

  /** `userIds` in lower case and distinct (PublicNamesRequestDto); see publicNamesOf. */
  async of(tenant: string, userIds: readonly string[]): Promise<PublicNamesDto> {
    const found = await shownPeople(this.db.manager, tenant, userIds);
    return { names: publicNamesOf(userIds, found) };
  }
}
