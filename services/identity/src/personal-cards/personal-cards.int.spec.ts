import {
  PERSONAL_CARD_TOKEN,
  PersonalCardRevoked,
  Topics,
  UserErased,
} from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { TestApp } from '@citypoints/platform/testing';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { addPerson, signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('printed personal cards', () => {
  const tenant = 'card-town';
  let service: TestApp;
  let db: DataSource;
  let topic: TopicReader;
  let admin: TestPerson;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
    topic = await TopicReader.read(service.topic(Topics.identity));
    admin = await addPerson(service, tenant, 'tenant-admin');
  });

  afterAll(async () => {
    await topic?.close();
    await service?.close();
  });

  const cards = (person: TestPerson | string, more = '') =>
    `/tenants/${tenant}/people/${typeof person === 'string' ? person : person.userId}/personal-cards${more}`;
  const as = (actor: TestPerson) => service.httpAs(actor);
  /** How many PersonalCardRevoked events identity has put in its outbox for the card. */
  const revocationsOf = async (cardId: string) => {
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM outbox
       WHERE event->>'type' = $1 AND event->'data'->>'cardId' = $2`,
      [PersonalCardRevoked, cardId],
    );
    return count;
  };

  it("issues a card whose code identity's JWKS verifies, and lists it without the code", async () => {
    const ana = await signUp(service, tenant);
    const issued = await (await as(admin)).post(cards(ana));
    expect(issued.status).toBe(201);
    const { cardId, code, issuedAt } = issued.body;
    expect(issuedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);

    const jwks = (await service.http().get('/.well-known/jwks.json').expect(200)).body;
    const { payload } = await jwtVerify(code, createLocalJWKSet(jwks), {
      ...PERSONAL_CARD_TOKEN,
      typ: PERSONAL_CARD_TOKEN.type,
    });
    expect(payload).toMatchObject({ sub: ana.userId, tenant, jti: cardId });
    expect(payload.iat).toBe(Date.parse(issuedAt) / 1000);
    expect(payload.exp).toBeUndefined();

    const own = await (await as(ana)).post(cards(ana)).expect(201);
    const listed = await (await as(ana)).get(cards(ana));
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      cards: [
        { cardId, issuedAt, revokedAt: null },
        { cardId: own.body.cardId, issuedAt: own.body.issuedAt, revokedAt: null },
      ],
    });
    expect(JSON.stringify(listed.body)).not.toContain(code);
    expect((await (await as(admin)).get(cards(ana))).body).toEqual(listed.body);
  });

  it('revokes a card once: PersonalCardRevoked is published once, a repeat answers the same', async () => {
    const rui = await signUp(service, tenant);
    const kept = (await (await as(rui)).post(cards(rui)).expect(201)).body;
    const { cardId } = (await (await as(rui)).post(cards(rui)).expect(201)).body;

    const revoked = await (await as(rui)).post(cards(rui, `/${cardId}/revocation`));
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({
      cardId,
      issuedAt: expect.any(String),
      revokedAt: expect.any(String),
    });
    const again = await (await as(admin)).post(cards(rui, `/${cardId}/revocation`));
    expect(again.status).toBe(200);
    expect(again.body).toEqual(revoked.body);

    const [event] = await topic.waitFor(PersonalCardRevoked, { cardId });
    expect(event).toMatchObject({ tenantid: tenant, data: { userId: rui.userId, cardId } });
    expect(await revocationsOf(cardId)).toBe(1);
    const listed = (await (await as(rui)).get(cards(rui))).body.cards;
    expect(listed).toEqual([
      { cardId: kept.cardId, issuedAt: kept.issuedAt, revokedAt: null },
      revoked.body,
    ]);
  });

  it("refuses a citizen who issues, lists or revokes someone else's cards, changing nothing", async () => {
    const [ana, rui] = [await signUp(service, tenant), await signUp(service, tenant)];
    const { cardId } = (await (await as(ana)).post(cards(ana)).expect(201)).body;
    const before = await rowCounts(db);
    for (const attempt of [
      (await as(rui)).post(cards(ana)),
      (await as(rui)).get(cards(ana)),
      (await as(rui)).post(cards(ana, `/${cardId}/revocation`)),
    ]) {
      const response = await attempt;
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        code: 'may-not-act-on-cards',
        detail:
          "only the person and their tenant's admins may issue, list or revoke personal cards",
      });
    }
    expect(await rowCounts(db)).toEqual(before);
  });

  it("refuses another tenant's admin, and a verifier of the same tenant, changing nothing", async () => {
    const ana = await signUp(service, tenant);
    const { cardId } = (await (await as(ana)).post(cards(ana)).expect(201)).body;
    const foreignAdmin = await addPerson(service, 'other-town', 'tenant-admin');
    const verifier = await addPerson(service, tenant, 'verifier');
    const before = await rowCounts(db);
    for (const actor of [foreignAdmin, verifier]) {
      const issued = await (await as(actor)).post(cards(ana));
      expect(issued.status).toBe(403);
      expect((await (await as(actor)).get(cards(ana))).status).toBe(403);
      const revoked = await (await as(actor)).post(cards(ana, `/${cardId}/revocation`));
      expect(revoked.status).toBe(403);
    }
    expect(await rowCounts(db)).toEqual(before);
    expect(await revocationsOf(cardId)).toBe(0);
  });

  it('answers 404 for an unknown person or card, and 400 for a malformed id, changing nothing', async () => {
    const [ana, rui] = [await signUp(service, tenant), await signUp(service, tenant)];
    const ruisCard = (await (await as(rui)).post(cards(rui)).expect(201)).body.cardId;
    const before = await rowCounts(db);

    const unknownPerson = await (await as(admin)).post(cards(randomUUID()));
    expect(unknownPerson.status).toBe(404);
    expect(unknownPerson.body.code).toBe('unknown-person');
    const unknownCard = await (await as(ana)).post(cards(ana, `/${randomUUID()}/revocation`));
    expect(unknownCard.status).toBe(404);
    expect(unknownCard.body.code).toBe('unknown-personal-card');
    // Another person's card is not Ana's: the same answer as for no card at all.
    const notAnas = await (await as(admin)).post(cards(ana, `/${ruisCard}/revocation`));
    expect(notAnas.status).toBe(404);
    expect(notAnas.body.code).toBe('unknown-personal-card');
    const malformed = await (await as(admin)).post(cards(ana, '/not-a-card/revocation'));
    expect(malformed.status).toBe(400);

    expect(await rowCounts(db)).toEqual(before);
    expect(await revocationsOf(ruisCard)).toBe(0);
  });

  it("revokes an erased person's cards, publishing PersonalCardRevoked before UserErased", async () => {
    const joana = await signUp(service, tenant);
    const first = (await (await as(joana)).post(cards(joana)).expect(201)).body.cardId;
    const second = (await (await as(admin)).post(cards(joana)).expect(201)).body.cardId;
    await (await as(joana)).post(cards(joana, `/${first}/revocation`)).expect(200);

    await service.http().delete(`/tenants/${tenant}/people/${joana.userId}`).expect(204);

    const rows = await db.query(
      `SELECT id, revoked_at FROM personal_card WHERE person_id = $1 ORDER BY issued_at, id`,
      [joana.userId],
    );
    expect(rows).toEqual([
      { id: first, revoked_at: expect.any(Date) },
      { id: second, revoked_at: expect.any(Date) },
    ]);
    const [erased] = await topic.waitFor(UserErased, { userId: joana.userId });
    const revocations = topic.matching(PersonalCardRevoked, { userId: joana.userId });
    expect(revocations.map((event) => event.data)).toEqual([
      { userId: joana.userId, cardId: first },
      { userId: joana.userId, cardId: second },
    ]);
    expect(topic.events.indexOf(revocations[1])).toBeLessThan(topic.events.indexOf(erased));
    expect(await revocationsOf(first)).toBe(1);
    const after = await (await as(admin)).post(cards(joana));
    expect(after.status).toBe(404);
  });
});
