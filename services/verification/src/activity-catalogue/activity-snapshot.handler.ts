import {
  ActivityPublished,
  ActivityPublishedV1,
  ActivityUpdated,
  ActivityUpdatedV1,
  CloudEvent,
} from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { publishActivity } from './activity-catalogue.store';
import { CATALOGUE_GROUP } from './catalogue-group';
import { catalogueEntryOf } from './catalogue-entry';

/** Keeps each published activity as the activities service last described it. */
@Controller()
@ConsumerGroup(CATALOGUE_GROUP)
export class ActivitySnapshotHandler {
  @EventPattern(ActivityPublished)
  async published(
    @Payload() event: CloudEvent<ActivityPublishedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    await publishActivity(tx, catalogueEntryOf(event));
  }

  @EventPattern(ActivityUpdated)
  async updated(
    @Payload() event: CloudEvent<ActivityUpdatedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    await publishActivity(tx, catalogueEntryOf(event));
  }
}
