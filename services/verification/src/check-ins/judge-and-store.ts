import { Position } from '@citypoints/activity-rules';
import { ActivityMethod } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CatalogueActivity } from '../activity-catalogue/catalogue-activity';
import { TenantRules } from '../activity-catalogue/tenant-settings.store';
import * as store from './check-ins.store';
import { judgeClaim } from './judge-claim';
import { Participation } from './participation';
import { participationMessage } from './participation-message';

/** A claim whose code, person and time were checked, ready to be judged by the rules. */
export interface CheckedClaim {
  tenantId: string;
  userId: string;
  activity: CatalogueActivity;
  rules: TenantRules;
  method: ActivityMethod;
  scannedAt: Date;
  position?: Position;
  verifiedBy?: string;
  externalId?: string;
}

/**
 * Judges the claim (judgeClaim) against the person's past and stores the participation with its
 * event (participationMessage) in the transaction `tx`, which must hold the person's lock
 * (lockPerson), so that the limits count every earlier claim. Answers the participation.
 */
export async function judgeAndStore(
  tx: EntityManager,
  claim: CheckedClaim,
  now: Date,
): Promise<Participation> {
  const { tenantId, userId, activity, scannedAt, position } = claim;
  const previous = await store.previousCheckIns(tx, tenantId, userId, activity.activityId);
  const neighbours = position
    ? await store.neighbouringCheckIns(tx, tenantId, userId, scannedAt)
    : [];
  const verdict = judgeClaim(
    { method: claim.method, scannedAt, position },
    { activity, rules: claim.rules, previous, neighbours },
  );
  const participation: Participation = {
    id: uuidv7(),
    tenantId,
    userId,
    activity,
    method: claim.method,
    scannedAt,
    judgedAt: now,
    position,
    verdict,
    verifiedBy: claim.verifiedBy,
    externalId: claim.externalId,
  };
  await store.insertParticipation(tx, participation);
  const message = participationMessage(participation);
  if (message) await appendToOutbox(tx, [message]);
  return participation;
}
