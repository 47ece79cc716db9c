import {
  CloudEvent,
  TenantSettingsChanged,
  TenantSettingsChangedV1,
  Topics,
} from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ExpiryStore } from './expiry.store';

/** Keeps each tenant's expiry policy and time zone as identity's tenant settings say. */
@Injectable()
export class TenantSettingsChangedConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly store: ExpiryStore,
  ) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger-tenant-settings',
      topics: [Topics.identity],
      handlers: { [TenantSettingsChanged]: (event, tx) => this.apply(event, tx) },
    });
  }

  private async apply(event: CloudEvent, tx: EntityManager): Promise<void> {
    const { pointsExpiryMonths: months, timeZone } = event.data as TenantSettingsChangedV1;
    const tenantId = event.tenantid;
    if (months === null || months === undefined) return this.store.dropPolicy(tx, tenantId);
    await this.store.setPolicy(tx, { tenantId, months, timeZone });
  }
}
