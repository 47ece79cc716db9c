import { DomainError } from '@citypoints/contracts';
import { ParticipationDto, ReviewDecisionDto, ReviewQueueDto } from '@citypoints/http-contracts';
import { Actor } from '@citypoints/platform';
import { Injectable } from '@nestjs/common';
import { appendToOutbox } from '@citypoints/messaging';
import { DataSource } from 'typeorm';
import { activityFor } from '../activity-catalogue/activity-catalogue.store';
import * as store from './check-ins.store';
import { participationAnswer, reviewItem } from './participation-answer';
import { participationMessage } from './participation-message';

/**
 * The review queue: check-ins a tenant's review rules flagged (VerificationSettingsV1) wait
 * there until a tenant admin approves them (ParticipationVerified, verified by the reviewer)
 * or rejects them (ParticipationRejected `review-rejected`). The admin's reason is kept in
 * verification, erasable with the person, never in an event.
 */
@Injectable()
export class Reviews {
  constructor(private readonly db: DataSource) {}

  /** The tenant's waiting participations, oldest first, at most `limit`. 403 unless an admin. */
  async queue(tenantId: string, actor: Actor | undefined, limit = 50): Promise<ReviewQueueDto> {
    assertAdmin(actor);
    const rows = await store.reviewQueue(this.db, tenantId, limit);
    return { items: rows.map(reviewItem) };
  }

  /**
   * Decides a waiting participation once. Throws 403 unless a tenant admin, 404
   * `unknown-participation`, 409 `already-decided` when it no longer waits (another admin was
   * first), 409 `activity-archived` for an approval after its activity was archived.
   */
  async decide(
    tenantId: string,
    actor: Actor | undefined,
    participationId: string,
    { decision, reason }: ReviewDecisionDto,
  ): Promise<ParticipationDto> {
    const reviewer = assertAdmin(actor);
    return this.db.transaction(async (tx) => {
      const row = await store.lockedParticipation(tx, tenantId, participationId);
      if (!row) {
        throw new DomainError(
          'not-found',
          'unknown-participation',
          'no such participation waits for review',
        );
      }
      if (row.state !== 'pending-review') {
        throw new DomainError(
          'conflict',
          'already-decided',
          `the participation was already ${row.state}`,
        );
      }
      const activity = await activityFor(tx, tenantId, row.activity_id);
      if (!activity && decision === 'approve') {
        throw new DomainError(
          'conflict',
          'activity-archived',
          'the activity was archived: the participation can only be rejected',
        );
      }
      const state: 'verified' | 'rejected' = decision === 'approve' ? 'verified' : 'rejected';
      const at = new Date();
      await store.decideReview(tx, participationId, { state, reviewer, note: reason.trim(), at });
      const decided = {
        ...row,
        state,
        reason: state === 'rejected' ? ('review-rejected' as const) : null,
        judged_at: at,
      };
      if (activity || state === 'rejected') {
        const message = participationMessage(
          {
            id: row.id,
            tenantId,
            userId: row.user_id,
            activity: activity ?? { ...fallbackActivity(row), tenantId },
            method: row.method,
            scannedAt: new Date(row.scanned_at),
            judgedAt: at,
            verdict:
              state === 'rejected'
                ? { state, reason: 'review-rejected', flags: [] }
                : { state, flags: [] },
          },
          state === 'verified' ? reviewer : undefined,
        );
        if (message) await appendToOutbox(tx, [message]);
      }
      return participationAnswer(decided);
    });
  }
}

// A rejection needs only the activity's id from the participation itself.
function fallbackActivity(row: store.ParticipationRow) {
  return {
    activityId: row.activity_id,
    titles: row.activity_titles,
    category: row.category,
    points: row.points,
    schedule: { kind: 'always' as const },
    methods: [row.method],
    limits: {},
    codeGeneration: 1,
    version: 1,
  };
}

function assertAdmin(actor: Actor | undefined): string {
  if (actor?.role !== 'tenant-admin') {
    throw new DomainError(
      'forbidden',
      'tenant-admins-only',
      "only the tenant's admins review participations",
    );
  }
  return actor.userId;
}
