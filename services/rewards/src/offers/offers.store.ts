import { EntityManager } from 'typeorm';
import { Offer } from './offer';
import { OfferScope } from './offer-scope';

const COLUMNS = `tenant_id, offer_id, partner_id, state, texts, image_url, category, price_points,
  stock, per_person_limit, sale_starts_at, sale_ends_at, valid_days, valid_until, terms,
  rejection_reason, version, created_at, updated_at`;

interface OfferRow {
  tenant_id: string;
  offer_id: string;
  partner_id: string;
  state: Offer['state'];
  texts: Offer['texts'];
  image_url: string | null;
  category: Offer['category'];
  price_points: number;
  stock: number | null;
  per_person_limit: number | null;
  sale_starts_at: Date;
  sale_ends_at: Date;
  valid_days: number | null;
  valid_until: Date | null;
  terms: string;
  rejection_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Stores a new offer; (tenant, offer id) is the primary key. */
export async function insertOffer(tx: EntityManager, offer: Offer): Promise<void> {
  await tx.query(
    `INSERT INTO offer (${COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    values(offer),
  );
}

/** Replaces the stored offer's fields, state, reason and version with `offer`'s. */
export async function updateOffer(tx: EntityManager, offer: Offer): Promise<void> {
  await tx.query(
    `UPDATE offer SET partner_id = $3, state = $4, texts = $5, image_url = $6, category = $7,
       price_points = $8, stock = $9, per_person_limit = $10, sale_starts_at = $11,
       sale_ends_at = $12, valid_days = $13, valid_until = $14, terms = $15,
       rejection_reason = $16, version = $17, created_at = $18, updated_at = $19
     WHERE tenant_id = $1 AND offer_id = $2`,
    values(offer),
  );
}

/**
 * The tenant's offer, or undefined; `forUpdate` locks its row until the transaction ends, so
 * that concurrent changes of one offer apply one after the other.
 */
export async function findOffer(
  db: EntityManager,
  tenantId: string,
  offerId: string,
  forUpdate = false,
): Promise<Offer | undefined> {
  const rows: OfferRow[] = await db.query(
    `SELECT ${COLUMNS} FROM offer WHERE tenant_id = $1 AND offer_id = $2
     ${forUpdate ? 'FOR UPDATE' : ''}`,
    [tenantId, offerId],
  );
  return rows.length > 0 ? offerOf(rows[0]) : undefined;
}

/** The tenant's offers in `scope` at `now` (as isInScope), newest first. */
export async function listOffers(
  db: EntityManager,
  tenantId: string,
  scope: OfferScope,
  now: Date,
): Promise<Offer[]> {
  const [where, parameters] = whereOf(scope, now);
  const rows: OfferRow[] = await db.query(
    `SELECT ${COLUMNS} FROM offer WHERE tenant_id = $1 ${where}
     ORDER BY created_at DESC, offer_id`,
    [tenantId, ...parameters],
  );
  return rows.map(offerOf);
}

function whereOf(scope: OfferScope, now: Date): [string, unknown[]] {
  switch (scope.kind) {
    case 'all':
      return ['', []];
    case 'partner':
      return ['AND partner_id = $2', [scope.partnerId]];
    case 'catalogue':
      return [`AND state = 'published' AND sale_starts_at <= $2 AND sale_ends_at > $2`, [now]];
  }
}

function values(o: Offer): unknown[] {
  return [
    o.tenantId,
    o.offerId,
    o.partnerId,
    o.state,
    JSON.stringify(o.texts),
    o.imageUrl ?? null,
    o.category,
    o.pricePoints,
    o.stock,
    o.perPersonLimit,
    o.saleStartsAt,
    o.saleEndsAt,
    o.validDays ?? null,
    o.validUntil ?? null,
    o.terms,
    o.rejectionReason ?? null,
    o.version,
    o.createdAt,
    o.updatedAt,
  ];
}

function offerOf(row: OfferRow): Offer {
  return {
    tenantId: row.tenant_id,
    offerId: row.offer_id,
    partnerId: row.partner_id,
    state: row.state,
    texts: row.texts,
    ...(row.image_url !== null && { imageUrl: row.image_url }),
    category: row.category,
    pricePoints: row.price_points,
    stock: row.stock,
    perPersonLimit: row.per_person_limit,
    saleStartsAt: row.sale_starts_at.toISOString(),
    saleEndsAt: row.sale_ends_at.toISOString(),
    ...(row.valid_days !== null && { validDays: row.valid_days }),
    ...(row.valid_until !== null && { validUntil: row.valid_until.toISOString() }),
    terms: row.terms,
    ...(row.rejection_reason !== null && { rejectionReason: row.rejection_reason }),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
