import { ActivityCategory } from '@citypoints/contracts';
import { EntityManager } from 'typeorm';
import { ImpactSumRow, ParticipationCountRow } from './tenant-statistics';

/** Days from–to ('YYYY-MM-DD', both included) read in an IANA time zone. */
export interface ZonedSpan {
  from: string;
  to: string;
  timeZone: string;
}

// The tenant's verified participations scanned in the span, with their ISO week in its zone: a
// review approved later counts at the scan, as the person took part then.
const VERIFIED_IN_SPAN = `
  SELECT p.activity_id, p.user_id, p.category, to_char(p.scanned_at AT TIME ZONE $2, 'IYYY-"W"IW') AS week
  FROM participation p
  WHERE p.tenant_id = $1 AND p.state = 'verified'
    AND p.scanned_at >= $3::date::timestamp AT TIME ZONE $2
    AND p.scanned_at < ($4::date + 1)::timestamp AT TIME ZONE $2`;

/**
 * Verified participations and the distinct people who made them, per ISO week and category,
 * per week, and over the span (see ParticipationCountRow).
 */
export async function participationCounts(
  db: EntityManager,
  tenantId: string,
  span: ZonedSpan,
): Promise<ParticipationCountRow[]> {
  const rows: Record<string, string | null>[] = await db.query(
    `WITH verified AS (${VERIFIED_IN_SPAN})
     SELECT week, category, count(*) AS participations, count(DISTINCT user_id) AS people
     FROM verified GROUP BY GROUPING SETS ((week, category), (week), (category), ())`,
    [tenantId, span.timeZone, span.from, span.to],
  );
  return rows.map((row) => ({
    ...(row.week !== null && { week: row.week }),
    ...(row.category !== null && { category: row.category as ActivityCategory }),
    participations: Number(row.participations),
    people: Number(row.people),
  }));
}

/**
 * The impact of verified participations per unit, per ISO week and over the span: each counts
 * its activity's impact quantity as the catalogue last knew it (an activity's impact is a
 * property of what it is, not of its version at the scan); those without an impact count none.
 */
export async function impactSums(
  db: EntityManager,
  tenantId: string,
  span: ZonedSpan,
): Promise<ImpactSumRow[]> {
  const rows: Record<string, string | null>[] = await db.query(
    `WITH verified AS (${VERIFIED_IN_SPAN}),
     impacts AS (
       SELECT v.week, a.impact->>'unit' AS unit, (a.impact->>'quantity')::numeric AS quantity
       FROM verified v JOIN activity a ON a.tenant_id = $1 AND a.activity_id = v.activity_id
       WHERE a.impact IS NOT NULL)
     SELECT week, unit, sum(quantity) AS quantity
     FROM impacts GROUP BY GROUPING SETS ((week, unit), (unit))`,
    [tenantId, span.timeZone, span.from, span.to],
  );
  return rows.map((row) => ({
    ...(row.week !== null && { week: row.week }),
    unit: row.unit as string,
    quantity: Number(row.quantity),
  }));
}
