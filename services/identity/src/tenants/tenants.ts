import { Injectable } from '@nestjs/common';
import { DomainError, TenantSettingsChanged, TenantSettingsChangedV1 } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { identityEvent } from '../identity-event';
import { isUniqueViolation } from '../unique-violation';
import { CreateTenantDto, TenantSettingsDto } from '@citypoints/http-contracts';
import { Tenant } from './tenant';
import * as store from './tenants.store';

/**
 * The tenants, each a city with its own people and rules; every change of the settings is
 * published whole (TenantSettingsChanged) in the transaction that makes it.
 */
@Injectable()
export class Tenants {
  constructor(private readonly db: DataSource) {}

  /** The new tenant and its settings event; 409 `tenant-taken` (field slug) for a slug in use. */
  async create(input: CreateTenantDto): Promise<Tenant> {
    try {
      return await this.db.transaction(async (tx) => {
        const tenant = await store.insertTenant(tx, input);
        await publishSettings(tx, tenant);
        return tenant;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        const taken = `tenant ${input.slug} already exists`;
        throw new DomainError('conflict', 'tenant-taken', taken, 'slug');
      }
      throw error;
    }
  }

  /** 404 `unknown-tenant` when no tenant has this slug. */
  async get(slug: string): Promise<Tenant> {
    const tenant = await store.findTenant(this.db.manager, slug);
    if (!tenant) throw unknownTenant(slug);
    return tenant;
  }

  /** Merges `settings` into the tenant's and publishes the whole; 404 `unknown-tenant`. */
  async updateSettings(slug: string, settings: TenantSettingsDto): Promise<Tenant> {
    return this.db.transaction(async (tx) => {
      const tenant = await store.mergeSettings(tx, slug, settings);
      if (!tenant) throw unknownTenant(slug);
      await publishSettings(tx, tenant);
      return tenant;
    });
  }
}

// The whole of the settings other services apply, keyed by the tenant so they stay in order.
function publishSettings(tx: EntityManager, tenant: Tenant): Promise<void> {
  const {
    pointsExpiryMonths,
    leaderboardBonuses,
    maxActivityPoints,
    verification,
    minActiveMembersForAverage,
  } = tenant.settings;
  return appendToOutbox(tx, [
    identityEvent<TenantSettingsChangedV1>(
      TenantSettingsChanged,
      {
        timeZone: tenant.timeZone,
        pointsExpiryMonths: pointsExpiryMonths ?? null,
        leaderboardBonuses: leaderboardBonuses ?? [],
        defaultLocale: tenant.defaultLocale,
        maxActivityPoints,
        verification,
        ...(minActiveMembersForAverage !== undefined && { minActiveMembersForAverage }),
      },
      tenant.slug,
      tenant.slug,
    ),
  ]);
}

function unknownTenant(slug: string): DomainError {
  return new DomainError('not-found', 'unknown-tenant', `tenant ${slug} does not exist`);
}
