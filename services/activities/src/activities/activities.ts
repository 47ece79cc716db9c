import { ActivityInputDto, ActivityState } from '@citypoints/http-contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import * as store from './activities.store';
import { Activity, ActivityFields } from './activity';
import { activityFieldsOf } from './activity-fields-of';
import { activityMessage } from './activity-message';
import { assertActivityFields } from './assert-activity-fields';
import { assertTenantRules } from './assert-tenant-rules';
import { ActivityChange, decideChange } from './decide-change';
import { unknownActivity } from './unknown-activity';
import { tenantSettingsOf } from '../tenant-settings/tenant-settings.store';

/**
 * A tenant's catalogue of activities. Every change is stored with its event (decideChange) in
 * one transaction, through the outbox, so verification hears of exactly the committed changes.
 */
@Injectable()
export class Activities {
  constructor(private readonly db: DataSource) {}

  /**
   * Creates a draft of the tenant with a new UUIDv7 id, code generation 1 and version 1; a
   * draft publishes nothing. Throws as assertActivityFields and assertTenantRules.
   */
  async create(tenantId: string, input: ActivityInputDto, now = new Date()): Promise<Activity> {
    const fields = activityFieldsOf(input);
    await this.assertFields(tenantId, fields);
    const activity: Activity = {
      ...fields,
      tenantId,
      activityId: uuidv7(),
      state: 'draft',
      codeGeneration: 1,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await store.insertActivity(this.db.manager, activity);
    return activity;
  }

  /** The tenant's activity if it is in one of `states`; 404 `unknown-activity` otherwise. */
  async get(tenantId: string, activityId: string, states: ActivityState[]): Promise<Activity> {
    const activity = await store.findActivity(this.db.manager, tenantId, activityId);
    if (!activity || !states.includes(activity.state)) throw unknownActivity(tenantId, activityId);
    return activity;
  }

  /** The tenant's activities in any of `states`, newest first. */
  list(tenantId: string, states: ActivityState[]): Promise<Activity[]> {
    return store.listActivities(this.db.manager, tenantId, states);
  }

  /**
   * Applies `change` to the tenant's activity (decideChange) under a row lock, with its event.
   * Throws 404 `unknown-activity`, decideChange's conflicts, and the refusals of
   * assertActivityFields and assertTenantRules.
   */
  async change(
    tenantId: string,
    activityId: string,
    change: ActivityChange,
    now = new Date(),
  ): Promise<Activity> {
    if (change.kind === 'replace') await this.assertFields(tenantId, change.fields);
    return this.db.transaction(async (tx) => {
      const current = await store.findActivity(tx, tenantId, activityId, true);
      if (!current) throw unknownActivity(tenantId, activityId);
      const { activity, event } = decideChange(current, change, now);
      await store.updateActivity(tx, activity);
      if (event) await appendToOutbox(tx, [activityMessage(event, activity)]);
      return activity;
    });
  }

  // The tenant's settings as last heard from identity; a change of them later leaves the
  // activities that were valid when written as they are.
  private async assertFields(tenantId: string, fields: ActivityFields): Promise<void> {
    assertActivityFields(fields);
    assertTenantRules(fields, await tenantSettingsOf(this.db.manager, tenantId));
  }
}
