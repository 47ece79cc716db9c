import { CloudEvent, TenantSettingsChanged, TenantSettingsChangedV1 } from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { setTenantSettings } from './tenant-settings.store';

/** The consumer group in which the activities service reads identity's tenant settings. */
export const TENANT_SETTINGS_GROUP = 'activities-tenant-settings';

/**
 * Keeps each tenant's time zone, default language and activity points maximum, by which its
 * admins' activities are judged and its residents' schedules read; the latest event wins.
 */
@Controller()
@ConsumerGroup(TENANT_SETTINGS_GROUP)
export class TenantSettingsChangedHandler {
  @EventPattern(TenantSettingsChanged)
  async changed(
    @Payload() event: CloudEvent<TenantSettingsChangedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    const { timeZone, defaultLocale, maxActivityPoints } = event.data;
    await setTenantSettings(
      tx,
      event.tenantid,
      { timeZone, defaultLocale, maxActivityPoints },
      event.time,
    );
  }
}
