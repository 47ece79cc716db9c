import { ProfileChangeDto, ProfileDto } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unknownPerson } from '../people/unknown-person';
import * as store from './profile.store';

/**
 * What a person reads and changes about themselves: their display name and the language they
 * read. Others see the display name only as the person consented (privacy/public-name.ts):
 * a new name shows where the visibility is 'public', and nowhere else, so no consent changes.
 * Names never travel in events, so a change publishes nothing.
 */
@Injectable()
export class Profiles {
  constructor(private readonly db: DataSource) {}

  /** The person's profile; 404 `unknown-person` when unknown or erased. */
  async get(tenant: string, userId: string): Promise<ProfileDto> {
    const profile = await store.findProfile(this.db.manager, tenant, userId);
    if (!profile) throw unknownPerson(tenant, userId);
    return profile;
  }

  /**
   * Changes what `change` gives (nothing when it gives nothing) and answers the profile as it
   * is now; 404 `unknown-person` when unknown or erased. The fields' rules (a display name,
   * one of LOCALES) are the DTO's, checked before.
   */
  async change(tenant: string, userId: string, change: ProfileChangeDto): Promise<ProfileDto> {
    const profile = await store.updateProfile(this.db.manager, tenant, userId, change);
    if (!profile) throw unknownPerson(tenant, userId);
    return profile;
  }
}
