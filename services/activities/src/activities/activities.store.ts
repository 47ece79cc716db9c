import { ActivityState } from '@citypoints/http-contracts';
import { EntityManager } from 'typeorm';
import { Activity } from './activity';

const COLUMNS = `tenant_id, activity_id, state, titles, descriptions, category, points, image_url,
  impact, place, schedule, methods, limits, code_generation, version, created_at, updated_at`;

interface ActivityRow {
  tenant_id: string;
  activity_id: string;
  state: ActivityState;
  titles: Activity['titles'];
  descriptions: Activity['descriptions'];
  category: Activity['category'];
  points: number;
  image_url: string | null;
  impact: Activity['impact'] | null;
  place: Activity['place'] | null;
  schedule: Activity['schedule'];
  methods: Activity['methods'];
  limits: Activity['limits'];
  code_generation: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Stores a new activity; (tenant, activity id) is the primary key. */
export async function insertActivity(tx: EntityManager, activity: Activity): Promise<void> {
  await tx.query(
    `INSERT INTO activity (${COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    values(activity),
  );
}

/** Replaces the stored activity's fields, state, generation and version with `activity`'s. */
export async function updateActivity(tx: EntityManager, activity: Activity): Promise<void> {
  await tx.query(
    `UPDATE activity SET state = $3, titles = $4, descriptions = $5, category = $6, points = $7,
       image_url = $8, impact = $9, place = $10, schedule = $11, methods = $12, limits = $13,
       code_generation = $14, version = $15, created_at = $16, updated_at = $17
     WHERE tenant_id = $1 AND activity_id = $2`,
    values(activity),
  );
}

/**
 * The tenant's activity, or undefined; `forUpdate` locks its row until the transaction ends,
 * so that concurrent changes of one activity apply one after the other.
 */
export async function findActivity(
  db: EntityManager,
  tenantId: string,
  activityId: string,
  forUpdate = false,
): Promise<Activity | undefined> {
  const rows: ActivityRow[] = await db.query(
    `SELECT ${COLUMNS} FROM activity WHERE tenant_id = $1 AND activity_id = $2
     ${forUpdate ? 'FOR UPDATE' : ''}`,
    [tenantId, activityId],
  );
  return rows.length > 0 ? activityOf(rows[0]) : undefined;
}

/** The tenant's activities in any of `states`, newest first. */
export async function listActivities(
  db: EntityManager,
  tenantId: string,
  states: ActivityState[],
): Promise<Activity[]> {
  const rows: ActivityRow[] = await db.query(
    `SELECT ${COLUMNS} FROM activity WHERE tenant_id = $1 AND state = ANY($2::text[])
     ORDER BY created_at DESC, activity_id`,
    [tenantId, states],
  );
  return rows.map(activityOf);
}

function values(a: Activity): unknown[] {
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  return [
    a.tenantId,
    a.activityId,
    a.state,
    json(a.titles),
    json(a.descriptions),
    a.category,
    a.points,
    a.imageUrl ?? null,
    json(a.impact),
    json(a.place),
    json(a.schedule),
    a.methods,
    json(a.limits),
    a.codeGeneration,
    a.version,
    a.createdAt,
    a.updatedAt,
  ];
}

function activityOf(row: ActivityRow): Activity {
  return {
    tenantId: row.tenant_id,
    activityId: row.activity_id,
    state: row.state,
    titles: row.titles,
    descriptions: row.descriptions,
    category: row.category,
    points: row.points,
    ...(row.image_url !== null && { imageUrl: row.image_url }),
    ...(row.impact && { impact: row.impact }),
    ...(row.place && { place: row.place }),
    schedule: row.schedule,
    methods: row.methods,
    limits: row.limits,
    codeGeneration: row.code_generation,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
