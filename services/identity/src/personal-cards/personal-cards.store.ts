import { EntityManager } from 'typeorm';

/** A personal card as stored: its id, its holder, and when it was issued and revoked. */
export interface PersonalCard {
  cardId: string;
  issuedAt: Date;
  revokedAt: Date | null;
}

const COLUMNS = `id AS "cardId", issued_at AS "issuedAt", revoked_at AS "revokedAt"`;

/** Stores a new card of `person`. */
export async function insertCard(
  tx: EntityManager,
  tenant: string,
  person: string,
  card: { cardId: string; issuedAt: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO personal_card (tenant_id, id, person_id, issued_at) VALUES ($1, $2, $3, $4)`,
    [tenant, card.cardId, person, card.issuedAt],
  );
}

/** The cards of `person`, oldest first. */
export function cardsOf(
  db: EntityManager,
  tenant: string,
  person: string,
): Promise<PersonalCard[]> {
  return db.query(
    `SELECT ${COLUMNS} FROM personal_card WHERE tenant_id = $1 AND person_id = $2
     ORDER BY issued_at, id`,
    [tenant, person],
  );
}

/** The card of `person`, locked until `tx` ends; none when the person holds no such card. */
export async function lockCard(
  tx: EntityManager,
  tenant: string,
  person: string,
  cardId: string,
): Promise<PersonalCard | undefined> {
  const [card] = await tx.query(
    `SELECT ${COLUMNS} FROM personal_card
     WHERE tenant_id = $1 AND person_id = $2 AND id = $3 FOR UPDATE`,
    [tenant, person, cardId],
  );
  return card;
}

/** Revokes the cards of `person` among `cardIds` (all when absent) that are not yet revoked. */
export async function revokeCards(
  tx: EntityManager,
  tenant: string,
  person: string,
  cardIds?: readonly string[],
): Promise<PersonalCard[]> {
  const [revoked] = await tx.query(
    `UPDATE personal_card SET revoked_at = now()
     WHERE tenant_id = $1 AND person_id = $2 AND revoked_at IS NULL
       AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
     RETURNING ${COLUMNS}`,
    [tenant, person, cardIds ?? null],
  );
  return revoked;
}
