import { EntityManager } from 'typeorm';
import { Partner } from './partner';

interface PartnerRow {
  tenant_id: string;
  partner_id: string;
  name: string;
  kind: Partner['kind'];
  contact_email: string | null;
  contact_phone: string | null;
  logo_url: string | null;
  staff: string[];
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT p.*, coalesce(
    (SELECT array_agg(s.user_id::text ORDER BY s.bound_at, s.user_id) FROM partner_staff s
     WHERE s.tenant_id = p.tenant_id AND s.partner_id = p.partner_id), '{}') AS staff
  FROM partner p`;

/** Stores a new partner; (tenant, partner id) is the primary key. Its staff are not stored. */
export async function insertPartner(tx: EntityManager, partner: Partner): Promise<void> {
  await tx.query(
    `INSERT INTO partner (tenant_id, partner_id, name, kind, contact_email, contact_phone,
       logo_url, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    values(partner),
  );
}

/** Replaces the stored partner's fields and version with `partner`'s. */
export async function updatePartner(tx: EntityManager, partner: Partner): Promise<void> {
  await tx.query(
    `UPDATE partner SET name = $3, kind = $4, contact_email = $5, contact_phone = $6,
       logo_url = $7, version = $8, created_at = $9, updated_at = $10
     WHERE tenant_id = $1 AND partner_id = $2`,
    values(partner),
  );
}

/** The tenant's partner with its staff, or undefined; `forUpdate` locks its row. */
export async function findPartner(
  db: EntityManager,
  tenantId: string,
  partnerId: string,
  forUpdate = false,
): Promise<Partner | undefined> {
  const rows: PartnerRow[] = await db.query(
    `${SELECT} WHERE p.tenant_id = $1 AND p.partner_id = $2 ${forUpdate ? 'FOR UPDATE OF p' : ''}`,
    [tenantId, partnerId],
  );
  return rows.length > 0 ? partnerOf(rows[0]) : undefined;
}

/** The tenant's partners with their staff, by name. */
export async function listPartners(db: EntityManager, tenantId: string): Promise<Partner[]> {
  const rows: PartnerRow[] = await db.query(
    `${SELECT} WHERE p.tenant_id = $1 ORDER BY p.name, p.partner_id`,
    [tenantId],
  );
  return rows.map(partnerOf);
}

/** The partner that `userId` is staff of in the tenant, or undefined. */
export async function partnerOfStaff(
  db: EntityManager,
  tenantId: string,
  userId: string,
): Promise<string | undefined> {
  const rows: { partner_id: string }[] = await db.query(
    `SELECT partner_id FROM partner_staff WHERE tenant_id = $1 AND user_id = $2`,
    [tenantId, userId],
  );
  return rows[0]?.partner_id;
}

/**
 * Binds `userId` to the partner unless they are bound already (to it or to another); answers
 * the partner they are bound to afterwards.
 */
export async function bindStaff(
  tx: EntityManager,
  tenantId: string,
  partnerId: string,
  userId: string,
  now: Date,
): Promise<string> {
  await tx.query(
    `INSERT INTO partner_staff (tenant_id, user_id, partner_id, bound_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (tenant_id, user_id) DO NOTHING`,
    [tenantId, userId, partnerId, now],
  );
  return (await partnerOfStaff(tx, tenantId, userId)) ?? partnerId;
}

/** Unbinds `userId` from the partner, if they were bound to it. */
export async function unbindStaff(
  tx: EntityManager,
  tenantId: string,
  partnerId: string,
  userId: string,
): Promise<void> {
  await tx.query(
    `DELETE FROM partner_staff WHERE tenant_id = $1 AND partner_id = $2 AND user_id = $3`,
    [tenantId, partnerId, userId],
  );
}

function values(p: Partner): unknown[] {
  return [
    p.tenantId,
    p.partnerId,
    p.name,
    p.kind,
    p.contactEmail ?? null,
    p.contactPhone ?? null,
    p.logoUrl ?? null,
    p.version,
    p.createdAt,
    p.updatedAt,
  ];
}

function partnerOf(row: PartnerRow): Partner {
  return {
    tenantId: row.tenant_id,
    partnerId: row.partner_id,
    name: row.name,
    kind: row.kind,
    ...(row.contact_email !== null && { contactEmail: row.contact_email }),
    ...(row.contact_phone !== null && { contactPhone: row.contact_phone }),
    ...(row.logo_url !== null && { logoUrl: row.logo_url }),
    staff: row.staff,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
