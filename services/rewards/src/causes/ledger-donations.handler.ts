import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { addDonation } from './causes.store';
import { DONATION_EVENT_TYPES, DonationEvent, donationOf } from './donation-of';

/**
 * Kafka edge of the causes' totals: each donation the ledger reports (the cause's copy of a
 * PointsTransferred, see donationOf) adds its points to the cause's total, once: the group is
 * transactional, so the addition and the record of the event id commit together and a
 * redelivery adds nothing. A malformed event is dead-lettered with the reason before it gets
 * here. A donation to a cause this tenant does not have is logged and skipped, not
 * dead-lettered: the ledger takes donations only into accounts that rewards' CausePublished
 * opened, so it can only be another deployment's, and replaying it would never find the cause.
 */
@Controller()
@ConsumerGroup('rewards-cause-totals')
export class LedgerDonationsHandler {
  private readonly logger = new Logger(LedgerDonationsHandler.name);

  @EventPattern([...DONATION_EVENT_TYPES])
  async count(@Payload() event: DonationEvent, @Ctx() { tx }: KafkaEventContext): Promise<void> {
    const donation = donationOf(event);
    if (!donation || (await addDonation(tx, donation))) return;
    const { tenantId, causeId } = donation;
    this.logger.warn(`donation ${event.id} to cause ${causeId} unknown in ${tenantId}: skipped`);
  }
}
