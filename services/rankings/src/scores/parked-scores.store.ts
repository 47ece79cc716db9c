import { ActivityCategory } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Score, ScoreKind } from './score';

/** Scores that arrived before their tenant's time zone (table `parked_score`). */
@Injectable()
export class ParkedScores {
  constructor(private readonly db: DataSource) {}

  /** Keeps the score until its tenant's time zone is known; parking it again keeps one. */
  async park(score: Score): Promise<void> {
    await this.db.query(
      `INSERT INTO parked_score
         (event_id, tenant_id, user_id, points, category, earned_at, kind, participated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING`,
      [
        score.eventId,
        score.tenantId,
        score.userId,
        score.points,
        score.category ?? null,
        score.earnedAt,
        score.kind,
        score.participatedAt ?? null,
      ],
    );
  }

  /** Up to `limit` of the tenant's parked scores, earliest earned first. */
  async earliest(tenantId: string, limit = 500): Promise<Score[]> {
    const rows: ParkedRow[] = await this.db.query(
      `SELECT event_id, user_id, points, category, earned_at, kind, participated_at
         FROM parked_score
       WHERE tenant_id = $1 ORDER BY earned_at, event_id LIMIT $2`,
      [tenantId, limit],
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      tenantId,
      userId: row.user_id,
      points: row.points,
      earnedAt: row.earned_at,
      kind: row.kind,
      ...(row.category && { category: row.category }),
      ...(row.participated_at && { participatedAt: row.participated_at }),
    }));
  }

  /** Forgets scores that have been added to their boards. */
  async forget(eventIds: string[]): Promise<void> {
    await this.db.query(`DELETE FROM parked_score WHERE event_id = ANY($1::uuid[])`, [eventIds]);
  }
}

interface ParkedRow {
  event_id: string;
  user_id: string;
  points: number;
  category: ActivityCategory | null;
  earned_at: Date;
  kind: ScoreKind;
  participated_at: Date | null;
}
