import {
  CloudEvent,
  DEFAULT_VERIFICATION_SETTINGS,
  TenantSettingsChanged,
  TenantSettingsChangedV1,
} from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CATALOGUE_GROUP } from './catalogue-group';
import { setTenantRules } from './tenant-settings.store';

/**
 * Keeps each tenant's time zone, in which its activities' schedules and limits are read, and
 * its verification settings (accuracy, late check-ins, travel speed, review rules).
 */
@Controller()
@ConsumerGroup(CATALOGUE_GROUP)
export class TenantSettingsChangedHandler {
  @EventPattern(TenantSettingsChanged)
  async changed(
    @Payload() event: CloudEvent<TenantSettingsChangedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    const { timeZone, verification = DEFAULT_VERIFICATION_SETTINGS } = event.data;
    await setTenantRules(tx, event.tenantid, { timeZone, verification }, event.time);
  }
}
