import { DataSource, EntityManager } from 'typeorm';
import { CatalogueActivity } from './catalogue-activity';
import { CatalogueEntry } from './catalogue-entry';

/** A transaction, or the database itself for a read on its own. */
export type CatalogueReader = DataSource | EntityManager;

/**
 * Stores `entry` as the tenant's published activity, replacing what was known of it, unless
 * it is archived (archival is final) or what is stored is of the same or a later version: one
 * activity's events arrive in order (one Kafka key), but a replayed older one must not undo a
 * newer one. The activities service's version orders them, not its clocks.
 */
export async function publishActivity(tx: EntityManager, entry: CatalogueEntry): Promise<void> {
  const { activity, changedAt } = entry;
  await tx.query(
    `INSERT INTO activity (tenant_id, activity_id, state, titles, category, points, impact,
       place, schedule, methods, limits, code_generation, version, changed_at)
     VALUES ($1, $2, 'published', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (tenant_id, activity_id) DO UPDATE SET
       titles = EXCLUDED.titles, category = EXCLUDED.category, points = EXCLUDED.points,
       impact = EXCLUDED.impact, place = EXCLUDED.place, schedule = EXCLUDED.schedule,
       methods = EXCLUDED.methods, limits = EXCLUDED.limits,
       code_generation = EXCLUDED.code_generation, version = EXCLUDED.version,
       changed_at = EXCLUDED.changed_at
     WHERE activity.state = 'published' AND activity.version < EXCLUDED.version`,
    [
      activity.tenantId,
      activity.activityId,
      JSON.stringify(activity.titles),
      activity.category,
      activity.points,
      json(activity.impact),
      json(activity.place),
      JSON.stringify(activity.schedule),
      activity.methods,
      JSON.stringify(activity.limits),
      activity.codeGeneration,
      activity.version,
      changedAt,
    ],
  );
}

/**
 * Marks the tenant's activity archived for good, keeping its last snapshot. An activity not
 * known yet is stored archived without one, so that its publication arriving later (a replay)
 * cannot make it published.
 */
export async function archiveActivity(
  tx: EntityManager,
  tenantId: string,
  activityId: string,
  changedAt: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO activity (tenant_id, activity_id, state, changed_at)
     VALUES ($1, $2, 'archived', $3)
     ON CONFLICT (tenant_id, activity_id) DO UPDATE SET
       state = 'archived', changed_at = greatest(activity.changed_at, EXCLUDED.changed_at)`,
    [tenantId, activityId, changedAt],
  );
}

/** The tenant's published activity, or undefined when it is unknown or archived. */
export async function activityFor(
  db: CatalogueReader,
  tenantId: string,
  activityId: string,
): Promise<CatalogueActivity | undefined> {
  const [row]: ActivityRow[] = await db.query(
    `SELECT tenant_id, activity_id, titles, category, points, impact, place, schedule,
       methods, limits, code_generation, version
     FROM activity WHERE tenant_id = $1 AND activity_id = $2 AND state = 'published'`,
    [tenantId, activityId],
  );
  return row && activityOf(row);
}

interface ActivityRow {
  tenant_id: string;
  activity_id: string;
  titles: CatalogueActivity['titles'];
  category: CatalogueActivity['category'];
  points: number;
  impact: CatalogueActivity['impact'] | null;
  place: CatalogueActivity['place'] | null;
  schedule: CatalogueActivity['schedule'];
  methods: CatalogueActivity['methods'];
  limits: CatalogueActivity['limits'];
  code_generation: number;
  version: number;
}

function activityOf(row: ActivityRow): CatalogueActivity {
  return {
    tenantId: row.tenant_id,
    activityId: row.activity_id,
    titles: row.titles,
    category: row.category,
    points: row.points,
    ...(row.impact && { impact: row.impact }),
    ...(row.place && { place: row.place }),
    schedule: row.schedule,
    methods: row.methods,
    limits: row.limits,
    codeGeneration: row.code_generation,
    version: row.version,
  };
}

// undefined and null alike are SQL NULL, not JSON null.
function json(value: object | undefined): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
