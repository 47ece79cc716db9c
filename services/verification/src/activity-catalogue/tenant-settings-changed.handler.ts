import { CloudEvent, TenantSettingsChanged, TenantSettingsChangedV1 } from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CATALOGUE_GROUP } from './catalogue-group';
import { setTimeZone } from './tenant-settings.store';

/** Keeps each tenant's time zone, in which its activities' schedules and limits are read. */
@Controller()
@ConsumerGroup(CATALOGUE_GROUP)
export class TenantSettingsChangedHandler {
  @EventPattern(TenantSettingsChanged)
  async changed(
    @Payload() event: CloudEvent<TenantSettingsChangedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    await setTimeZone(tx, event.tenantid, event.data.timeZone, event.time);
  }
}
