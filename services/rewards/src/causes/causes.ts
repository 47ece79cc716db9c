import { CauseState } from '@citypoints/http-contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Cause, CauseFields } from './cause';
import { causeMessage } from './cause-message';
import * as store from './causes.store';
import { CauseChange, decideCauseChange } from './decide-cause-change';
import { unknownCause } from './unknown-cause';

/**
 * A tenant's charitable causes. Every change is stored with its event (decideCauseChange) in
 * one transaction, through the outbox, so the ledger opens and closes exactly the accounts of
 * committed publications and archivals.
 */
@Injectable()
export class Causes {
  constructor(private readonly db: DataSource) {}

  /** Creates a draft of the tenant with a new UUIDv7 id, version 1 and nothing donated. */
  async create(tenantId: string, fields: CauseFields, now = new Date()): Promise<Cause> {
    const cause: Cause = {
      ...fields,
      tenantId,
      causeId: uuidv7(),
      state: 'draft',
      donatedPoints: 0,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await store.insertCause(this.db.manager, cause);
    return cause;
  }

  /** The tenant's cause if it is in one of `states`; 404 `unknown-cause` otherwise. */
  async get(tenantId: string, causeId: string, states: CauseState[]): Promise<Cause> {
    const cause = await store.findCause(this.db.manager, tenantId, causeId);
    if (!cause || !states.includes(cause.state)) throw unknownCause(tenantId, causeId);
    return cause;
  }

  /** The tenant's causes in any of `states`, newest first. */
  list(tenantId: string, states: CauseState[]): Promise<Cause[]> {
    return store.listCauses(this.db.manager, tenantId, states);
  }

  /**
   * Applies `change` to the tenant's cause (decideCauseChange) under a row lock, with its
   * event. Throws 404 `unknown-cause` and decideCauseChange's conflicts.
   */
  change(tenantId: string, causeId: string, change: CauseChange, now = new Date()) {
    return this.db.transaction(async (tx) => {
      const current = await store.findCause(tx, tenantId, causeId, true);
      if (!current) throw unknownCause(tenantId, causeId);
      const { cause, event } = decideCauseChange(current, change, now);
      await store.updateCause(tx, cause);
      if (event) await appendToOutbox(tx, [causeMessage(event, cause)]);
      return cause;
    });
  }
}
