import {
  createEvent,
  ParticipationRejected,
  ParticipationVerified,
  ParticipationVerifiedV1,
  Topics,
} from '@citypoints/contracts';
import { OutboxMessage } from '@citypoints/messaging';
import { Participation } from './participation';

const VERIFIER_OF: Record<
  Participation['method'],
  NonNullable<ParticipationVerifiedV1['verifiedBy']>['kind']
> = { 'qr-gps': 'code', qr: 'code', steward: 'steward', integration: 'integration' };

/**
 * The event a judged participation publishes, keyed `<tenant>:<person>` so that one person's
 * participations reach the ledger in order: ParticipationVerified (which the ledger credits once
 * by the participation's id) or ParticipationRejected with the reason code; none while it waits
 * for review. `reviewer` is the admin whose approval verified it.
 */
export function participationMessage(
  participation: Participation,
  reviewer?: string,
): OutboxMessage | undefined {
  const { id, tenantId, userId, activity, method, scannedAt, judgedAt, verdict } = participation;
  const meta = { source: '/citypoints/verification', tenantid: tenantId, subject: id };
  const key = `${tenantId}:${userId}`;
  if (verdict.state === 'pending-review') return undefined;
  if (verdict.state === 'rejected') {
    const event = createEvent(
      ParticipationRejected,
      {
        participationId: id,
        userId,
        activityId: activity.activityId,
        method,
        reason: verdict.reason,
        scannedAt: scannedAt.toISOString(),
        rejectedAt: judgedAt.toISOString(),
      },
      meta,
    );
    return { topic: Topics.verification, key, event };
  }
  const { titles } = activity;
  const verifiedBy = reviewer
    ? { kind: 'reviewer' as const, id: reviewer }
    : {
        kind: VERIFIER_OF[method],
        ...(participation.verifiedBy && { id: participation.verifiedBy }),
      };
  const data: ParticipationVerifiedV1 = {
    participationId: id,
    userId,
    activityId: activity.activityId,
    activityTitle: titles.en ?? titles.pt ?? titles.sv,
    points: activity.points,
    method,
    verifiedAt: judgedAt.toISOString(),
    activityCategory: activity.category,
    ...(activity.impact && { impact: activity.impact }),
    scannedAt: scannedAt.toISOString(),
    verifiedBy,
    ...(participation.externalId && { externalId: participation.externalId }),
  };
  return { topic: Topics.verification, key, event: createEvent(ParticipationVerified, data, meta) };
}
