import { DomainError } from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Caller, callerOf } from './caller';
import { Partner, PartnerFields } from './partner';
import * as store from './partners.store';
import { staleVersion } from './stale-version';
import { unknownPartner } from './unknown-partner';

/**
 * A tenant's partners and the partner-staff accounts bound to them (issue 14). Who may do what
 * is the controller's to check (assertTenantAdmin), except reading: see get and list.
 */
@Injectable()
export class Partners {
  constructor(private readonly db: DataSource) {}

  /** The Caller that `actor` is for `tenant`, with the partner a staff account is bound to. */
  async callerOf(actor: Actor | undefined, tenant: string): Promise<Caller> {
    const staff = actor?.role === 'partner-staff' && actor.tenant === tenant;
    const bound = staff
      ? await store.partnerOfStaff(this.db.manager, tenant, actor.userId)
      : undefined;
    return callerOf(actor, tenant, bound);
  }

  /** Creates a partner of the tenant with a new UUIDv7 id, no staff and version 1. */
  async create(tenantId: string, fields: PartnerFields, now = new Date()): Promise<Partner> {
    const partnerId = uuidv7();
    const partner = {
      ...fields,
      tenantId,
      partnerId,
      staff: [],
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await store.insertPartner(this.db.manager, partner);
    return partner;
  }

  /**
   * The tenant's partner as `caller` may read it: admins any, staff their own; 404
   * `unknown-partner` for any other (or none), 403 `tenant-admins-only` for readers.
   */
  async get(tenantId: string, partnerId: string, caller: Caller): Promise<Partner> {
    assertMayRead(caller);
    const partner = await store.findPartner(this.db.manager, tenantId, partnerId);
    const mine = caller.kind === 'admin' || caller.partnerId === partnerId;
    if (!partner || !mine) throw unknownPartner(tenantId, partnerId);
    return partner;
  }

  /** The tenant's partners by name for admins, their own (if bound) for staff; 403 for readers. */
  async list(tenantId: string, caller: Caller): Promise<Partner[]> {
    assertMayRead(caller);
    const partners = await store.listPartners(this.db.manager, tenantId);
    if (caller.kind === 'admin') return partners;
    return partners.filter((partner) => partner.partnerId === caller.partnerId);
  }

  /**
   * Replaces the partner's fields, only if it is still at `expectedVersion` when given, and
   * raises its version. Throws 404 `unknown-partner`, 409 `stale-version`.
   */
  async replace(
    tenantId: string,
    partnerId: string,
    fields: PartnerFields,
    expectedVersion?: number,
    now = new Date(),
  ): Promise<Partner> {
    return this.db.transaction(async (tx) => {
      const current = await store.findPartner(tx, tenantId, partnerId, true);
      if (!current) throw unknownPartner(tenantId, partnerId);
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw staleVersion('partner', current.version, expectedVersion);
      }
      const { staff, createdAt, version } = current;
      const partner = {
        tenantId,
        partnerId,
        ...fields,
        staff,
        createdAt,
        version: version + 1,
        updatedAt: now,
      };
      await store.updatePartner(tx, partner);
      return partner;
    });
  }

  /**
   * Binds partner-staff account `userId` (pseudonymous, identity's) to the partner; binding it
   * again is a no-op. Throws 404 `unknown-partner`, 409 `staff-bound-elsewhere` when the
   * person is staff of another partner (a person is bound to at most one).
   */
  async bindStaff(
    tenantId: string,
    partnerId: string,
    userId: string,
    now = new Date(),
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await store.findPartner(tx, tenantId, partnerId)))
        throw unknownPartner(tenantId, partnerId);
      const bound = await store.bindStaff(tx, tenantId, partnerId, userId, now);
      if (bound !== partnerId) {
        const message = `${userId} is staff of another partner; unbind them there first`;
        throw new DomainError('conflict', 'staff-bound-elsewhere', message, 'userId');
      }
    });
  }

  /** Unbinds `userId` from the partner, if bound to it. Throws 404 `unknown-partner`. */
  async unbindStaff(tenantId: string, partnerId: string, userId: string): Promise<void> {
    if (!(await store.findPartner(this.db.manager, tenantId, partnerId))) {
      throw unknownPartner(tenantId, partnerId);
    }
    await store.unbindStaff(this.db.manager, tenantId, partnerId, userId);
  }
}

// Partners are their admins' and their own staff's business, not the residents'.
function assertMayRead(caller: Caller): asserts caller is Exclude<Caller, { kind: 'reader' }> {
  if (caller.kind === 'reader') {
    const message = "only a tenant admin or the partner's own staff may read a partner";
    throw new DomainError('forbidden', 'tenant-admins-only', message);
  }
}
