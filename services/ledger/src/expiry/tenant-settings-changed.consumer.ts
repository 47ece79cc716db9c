import {
  CloudEvent,
  TenantSettingsChanged,
  TenantSettingsChangedV1,
  Topics,
} from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Keeps each tenant's expiry policy and time zone as identity's tenant settings say. */
@Injectable()
export class TenantSettingsChangedConsumer implements OnModuleInit {
  constructor(private readonly messaging: Messaging) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger-tenant-settings',
      topics: [Topics.identity],
      handlers: { [TenantSettingsChanged]: (event, tx) => this.apply(event, tx) },
    });
  }

  private async apply(event: CloudEvent, tx: EntityManager): Promise<void> {
    const { pointsExpiryMonths, timeZone } = event.data as TenantSettingsChangedV1;
    if (pointsExpiryMonths === null || pointsExpiryMonths === undefined) {
      await tx.query(`DELETE FROM expiry_policy WHERE tenant_id = $1`, [event.tenantid]);
      return;
    }
    await tx.query(
      `INSERT INTO expiry_policy (tenant_id, months, time_zone) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id) DO UPDATE SET months = $2, time_zone = $3, set_at = now()`,
      [event.tenantid, pointsExpiryMonths, timeZone],
    );
  }
}
