import { ParticipationDto, ReviewItemDto } from '@citypoints/http-contracts';
import { ParticipationRow } from './check-ins.store';
import { Participation } from './participation';

/** A stored participation as the API answers it (ParticipationDto). */
export function participationAnswer(row: ParticipationRow): ParticipationDto {
  return {
    id: row.id,
    userId: row.user_id,
    activityId: row.activity_id,
    activityTitles: row.activity_titles,
    category: row.category,
    points: row.points,
    method: row.method,
    state: row.state,
    ...(row.reason && { reason: row.reason }),
    ...(row.retry_at && { retryAt: new Date(row.retry_at).toISOString() }),
    scannedAt: new Date(row.scanned_at).toISOString(),
    judgedAt: new Date(row.judged_at).toISOString(),
  };
}

/** A participation in the review queue, with why it waits (ReviewItemDto). */
export function reviewItem(row: ParticipationRow): ReviewItemDto {
  return {
    ...participationAnswer(row),
    flags: row.flags,
    ...(row.distance !== null && { distanceMetres: Math.round(row.distance * 10) / 10 }),
    ...(row.accuracy !== null && { accuracy: row.accuracy }),
  };
}

/** A participation just judged, as the API answers it. */
export function answerOf(p: Participation): ParticipationDto {
  return participationAnswer({
    id: p.id,
    user_id: p.userId,
    activity_id: p.activity.activityId,
    activity_titles: p.activity.titles,
    category: p.activity.category,
    points: p.activity.points,
    method: p.method,
    state: p.verdict.state,
    reason: p.verdict.reason ?? null,
    retry_at: p.verdict.retryAt ?? null,
    flags: p.verdict.flags,
    scanned_at: p.scannedAt,
    judged_at: p.judgedAt,
    accuracy: p.position?.accuracy ?? null,
    distance: p.verdict.distance ?? null,
  });
}
