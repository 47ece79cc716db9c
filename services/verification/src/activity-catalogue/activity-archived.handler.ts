import { ActivityArchived, ActivityArchivedV1, CloudEvent } from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { archiveActivity } from './activity-catalogue.store';
import { CATALOGUE_GROUP } from './catalogue-group';

/** Takes archived activities out of the catalogue, for good. */
@Controller()
@ConsumerGroup(CATALOGUE_GROUP)
export class ActivityArchivedHandler {
  @EventPattern(ActivityArchived)
  async archived(
    @Payload() event: CloudEvent<ActivityArchivedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    await archiveActivity(tx, event.tenantid, event.data.activityId, event.time);
  }
}
