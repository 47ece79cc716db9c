import {
  CloudEvent,
  DomainError,
  ParticipationReported,
  ParticipationReportedV1,
} from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { activityFor } from '../activity-catalogue/activity-catalogue.store';
import { tenantRulesOf } from '../activity-catalogue/tenant-settings.store';
import { assertScanTime } from '../check-ins/assert-scan-time';
import { hasExternalId, lockPerson } from '../check-ins/check-ins.store';
import { judgeAndStore } from '../check-ins/judge-and-store';
import { personState } from '../people/people.store';

/** The consumer group that takes in what municipality systems report. */
export const INTEGRATIONS_GROUP = 'verification-integrations';

/**
 * A municipality system's report of a participation (citypoints.integration.participation-
 * reported.v1), judged by the activity's rules like any check-in at the reported time: verified
 * or rejected with a reason, each `externalId` of a tenant once. What cannot be judged goes to
 * the dead-letter topic with the reason (a DomainError is dead-lettered at once): an unknown
 * tenant, person (or an erased one) or activity, an activity no system may report, a time in
 * the future or beyond the tenant's delay for late check-ins. A payload that breaks the schema
 * is dead-lettered by the messaging layer before it gets here.
 */
@Controller()
@ConsumerGroup(INTEGRATIONS_GROUP)
export class ParticipationReportedHandler {
  @EventPattern(ParticipationReported)
  async reported(
    @Payload() event: CloudEvent<ParticipationReportedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    const tenantId = event.tenantid;
    const { externalId, userId, activityId, occurredAt } = event.data;
    await lockPerson(tx, tenantId, userId);
    // A redelivery, or the system sending the same report twice: credited once, and judged
    // once, even when the rules would now refuse it (a day later, too late).
    if (await hasExternalId(tx, tenantId, externalId)) return;
    const rules = await tenantRulesOf(tx, tenantId);
    if (!rules)
      throw new DomainError('not-found', 'unknown-tenant', `tenant ${tenantId} is unknown`);
    if ((await personState(tx, tenantId, userId)) !== 'active') {
      throw new DomainError(
        'not-found',
        'unknown-person',
        `person ${userId} is not a member of ${tenantId}`,
      );
    }
    const activity = await activityFor(tx, tenantId, activityId);
    if (!activity) {
      throw new DomainError(
        'not-found',
        'unknown-activity',
        `activity ${activityId} is not published in ${tenantId}`,
      );
    }
    if (!activity.methods.includes('integration')) {
      throw new DomainError(
        'unprocessable',
        'method-not-allowed',
        `activity ${activityId} does not take reports from systems`,
      );
    }
    const now = new Date();
    const scannedAt = new Date(occurredAt);
    assertScanTime(scannedAt, now, rules.verification.lateCheckInHours, 'occurredAt');
    await judgeAndStore(
      tx,
      { tenantId, userId, activity, rules, method: 'integration', scannedAt, externalId },
      now,
    );
  }
}
