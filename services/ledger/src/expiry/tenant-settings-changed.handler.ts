import { CloudEvent, TenantSettingsChanged, TenantSettingsChangedV1 } from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ExpiryStore } from './expiry.store';

/** Keeps each tenant's expiry policy and time zone as identity's tenant settings say. */
@Controller()
@ConsumerGroup('ledger-tenant-settings')
export class TenantSettingsChangedHandler {
  constructor(private readonly store: ExpiryStore) {}

  @EventPattern(TenantSettingsChanged)
  async apply(
    @Payload() event: CloudEvent<TenantSettingsChangedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    const { pointsExpiryMonths: months, timeZone } = event.data;
    const tenantId = event.tenantid;
    if (months === null || months === undefined) return this.store.dropPolicy(tx, tenantId);
    await this.store.setPolicy(tx, { tenantId, months, timeZone });
  }
}
