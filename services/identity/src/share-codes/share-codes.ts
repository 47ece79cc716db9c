import { DomainError } from '@citypoints/contracts';
import { SharedPersonDto } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { publicName } from '../privacy/public-name';
import * as store from './share-codes.store';

/**
 * The codes people share so that others can give them points without a UUID (issue 16). Each
 * person has one from sign-up (migration 1764288000030: Postgres draws it); it is shown to them
 * in their profile and names them, to the people of their tenant, only as they consented.
 */
@Injectable()
export class ShareCodes {
  constructor(private readonly db: DataSource) {}

  /**
   * The person of `tenant` whose code is `code` (normalised, normalizeShareCode), with their
   * public name (publicName: null when hidden; never their e-mail). 404 `unknown-share-code`
   * (field code) when no person of the tenant has it, another tenant's and erased people's too.
   * An acting person of another tenant never gets here (the service-token guard: 403).
   */
  async find(tenant: string, code: string): Promise<SharedPersonDto> {
    const found = await store.findByShareCode(this.db.manager, tenant, code);
    if (!found) {
      const unknown = 'no person of this tenant has this share code';
      throw new DomainError('not-found', 'unknown-share-code', unknown, 'code');
    }
    return { person: found.person, displayName: publicName(found) };
  }
}
