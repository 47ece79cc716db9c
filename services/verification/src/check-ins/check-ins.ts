import { DomainError } from '@citypoints/contracts';
import { CheckInDto, StewardCheckInDto } from '@citypoints/http-contracts';
import { Actor, keyReused, requestHash } from '@citypoints/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { activityFor } from '../activity-catalogue/activity-catalogue.store';
import { TenantRules, tenantRulesOf } from '../activity-catalogue/tenant-settings.store';
import { isRevokedCard, personState } from '../people/people.store';
import { ACTIVITY_CODE_KEY } from './activity-code-key';
import { assertScanTime } from './assert-scan-time';
import { keepAnswer, keptAnswer } from './check-in-requests.store';
import { lockPerson } from './check-ins.store';
import { ClaimRefusal } from './claim-refusal';
import { claimedActivity, codeMethod } from './claimed-activity';
import { CheckedClaim, judgeAndStore } from './judge-and-store';
import { answerOf } from './participation-answer';
import { PersonalCodes } from './personal-codes';
import { isScannedCode, readClaimedCode, readTypedCode } from './read-claimed-code';
import { CheckInAnswer, checkInAnswer } from './rejection-problem';

/**
 * Check-ins, judged into participations (issue 12): a resident's scan of an activity's code, or
 * a steward's scan of a resident's personal code. Every claim of one person is judged under
 * their lock; each Idempotency-Key gets one answer, kept with the participation it made.
 */
@Injectable()
export class CheckIns {
  constructor(
    private readonly db: DataSource,
    @Inject(ACTIVITY_CODE_KEY) private readonly codeKey: Buffer,
    private readonly personalCodes: PersonalCodes,
  ) {}

  /**
   * A resident (`actor`, a citizen of the tenant) checks in with a scanned code, or with the
   * poster's typed code and the activity's id. Answers 201
   * verified, 202 waiting for review or 422 rejected (checkInAnswer), the same again for a retry
   * with the same key. Throws, storing nothing: 403 for anyone but a citizen, 422
   * `idempotency-key-reused` for the key with another body, ClaimRefusal (422) for a code that
   * is forged, foreign, expired, superseded or of no open activity, a missing position, a scan
   * time in the future or too old, 409 `unknown-tenant` before identity's settings arrived.
   */
  async checkIn(tenantId: string, actor: Actor | undefined, key: string, input: CheckInDto) {
    const userId = citizenOf(actor);
    const { code, position, scannedAt } = input;
    const request = {
      code: code.trim(),
      activityId: input.activityId,
      position: position && { ...position },
      scannedAt,
    };
    return this.judgeOnce(tenantId, userId, key, requestHash(request), async (tx, rules, now) => {
      const scanned = new Date(scannedAt);
      assertScanTime(scanned, now, rules.verification.lateCheckInHours);
      const activity =
        input.activityId && !isScannedCode(code)
          ? await this.typedActivity(tx, tenantId, input.activityId, code)
          : await this.scannedActivity(tx, tenantId, code, scanned);
      const method = codeMethod(activity, position);
      return { tenantId, userId, activity, rules, method, scannedAt: scanned, position };
    });
  }

  /**
   * A steward (`actor`, a verifier or tenant admin of the tenant) confirms on site, now, the
   * person whose personal QR code or printed card they scanned. Answers as checkIn. Throws,
   * storing nothing: 403 for other roles, ClaimRefusal `invalid-personal-code` for a code that
   * is not valid, of a revoked card or an erased person, `unknown-activity` or
   * `method-not-allowed` (field activityId) for an activity no steward verifies.
   */
  async stewardCheckIn(
    tenantId: string,
    actor: Actor | undefined,
    key: string,
    input: StewardCheckInDto,
  ): Promise<CheckInAnswer> {
    const steward = stewardOf(actor);
    const holder = await this.personalCodes.holderOf(tenantId, input.personalCode);
    const hash = requestHash({
      activityId: input.activityId,
      personalCode: input.personalCode.trim(),
    });
    return this.judgeOnce(
      tenantId,
      holder.userId,
      `steward:${steward}:${key}`,
      hash,
      async (tx, rules, now) => {
        const revoked =
          holder.cardId !== undefined && (await isRevokedCard(tx, tenantId, holder.cardId));
        if (revoked || (await personState(tx, tenantId, holder.userId)) === 'erased') {
          throw new ClaimRefusal(
            'invalid-personal-code',
            'personalCode is no longer valid',
            'personalCode',
          );
        }
        const activity = await activityFor(tx, tenantId, input.activityId);
        if (!activity) {
          throw new ClaimRefusal(
            'unknown-activity',
            'activityId is not an open activity',
            'activityId',
          );
        }
        if (!activity.methods.includes('steward')) {
          throw new ClaimRefusal(
            'method-not-allowed',
            'activityId is not verified by stewards',
            'activityId',
          );
        }
        return {
          tenantId,
          userId: holder.userId,
          activity,
          rules,
          method: 'steward',
          scannedAt: now,
          verifiedBy: steward,
        };
      },
    );
  }

  private async scannedActivity(tx: EntityManager, tenantId: string, code: string, at: Date) {
    const read = readClaimedCode(this.codeKey, code, tenantId, at);
    return claimedActivity(read, await activityFor(tx, tenantId, read.activityId));
  }

  private async typedActivity(
    tx: EntityManager,
    tenantId: string,
    activityId: string,
    code: string,
  ) {
    const activity = await activityFor(tx, tenantId, activityId);
    if (!activity) {
      throw new ClaimRefusal(
        'unknown-activity',
        'activityId is not an open activity',
        'activityId',
      );
    }
    readTypedCode(this.codeKey, code, activity);
    return activity;
  }

  private async judgeOnce(
    tenantId: string,
    userId: string,
    key: string,
    hash: string,
    check: (tx: EntityManager, rules: TenantRules, now: Date) => Promise<CheckedClaim>,
  ): Promise<CheckInAnswer> {
    return this.db.transaction(async (tx) => {
      await lockPerson(tx, tenantId, userId);
      const kept = await keptAnswer(tx, tenantId, userId, key);
      if (kept) {
        if (kept.requestHash !== hash) throw keyReused('check-in');
        return kept.answer;
      }
      const rules = await tenantRulesOf(tx, tenantId);
      if (!rules) {
        throw new DomainError(
          'conflict',
          'unknown-tenant',
          `tenant ${tenantId} is not known to verification yet; try again shortly`,
        );
      }
      const now = new Date();
      const claim = await check(tx, rules, now);
      const participation = await judgeAndStore(tx, claim, now);
      const answer = checkInAnswer(participation, answerOf(participation));
      await keepAnswer(tx, tenantId, userId, key, { requestHash: hash, answer });
      return answer;
    });
  }
}

function citizenOf(actor: Actor | undefined): string {
  if (actor?.role !== 'citizen') {
    throw new DomainError('forbidden', 'citizens-only', 'only a resident checks in for themselves');
  }
  return actor.userId;
}

function stewardOf(actor: Actor | undefined): string {
  if (actor?.role !== 'verifier' && actor?.role !== 'tenant-admin') {
    throw new DomainError(
      'forbidden',
      'stewards-only',
      'only a steward confirms participation on site',
    );
  }
  return actor.userId;
}
