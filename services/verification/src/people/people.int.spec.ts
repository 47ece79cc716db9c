import {
  CloudEvent,
  createEvent,
  PersonalCardRevoked,
  Topics,
  UserErased,
  UserRegistered,
} from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { produceEvents, waitFor } from '@citypoints/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { startVerification } from '../testing/start-verification';
import { isRevokedCard, personState } from './people.store';

describe("people: what verification knows of identity's people, by pseudonymous id", () => {
  let service: TestApp;

  beforeAll(async () => {
    service = await startVerification(randomBytes(32));
  });

  afterAll(async () => {
    await service?.close();
  });

  const fromIdentity = { source: '/citypoints/identity', tenantid: 'cascais' };
  const produce = (events: CloudEvent[], key: string) =>
    produceEvents(service.topic(Topics.identity), events, key);
  const handled = (event: CloudEvent) =>
    waitFor(`${event.type} handled`, async () => {
      const rows = await service.db.query(`SELECT 1 FROM processed_messages WHERE event_id = $1`, [
        event.id,
      ]);
      return rows.length > 0 ? true : undefined;
    });

  it('knows a registered person in their tenant only, until they are erased', async () => {
    const ana = randomUUID();
    const registered = createEvent(UserRegistered, { userId: ana, role: 'citizen' }, fromIdentity);
    await produce([registered], `cascais:${ana}`);
    await handled(registered);
    expect(await personState(service.db, 'cascais', ana)).toBe('active');
    expect(await personState(service.db, 'sintra', ana)).toBe('unknown');

    const erased = createEvent(UserErased, { userId: ana }, fromIdentity);
    await produce([erased, registered], `cascais:${ana}`);
    await handled(erased);
    expect(await personState(service.db, 'cascais', ana)).toBe('erased');
  });

  it("forgets where an erased person's scans were and what reviewers wrote about them", async () => {
    const rui = randomUUID();
    const activityId = randomUUID();
    await service.db.query(
      `INSERT INTO participation (id, tenant_id, user_id, activity_id, activity_titles, category,
         points, method, state, scanned_at, judged_at, latitude, longitude, accuracy, distance,
         review_note)
       VALUES ($1, 'cascais', $2, $3, '{"en":"Beach"}', 'environment', 10, 'qr-gps', 'verified',
         now(), now(), 38.7, -9.42, 10, 12, 'seen at the beach with his dog')`,
      [randomUUID(), rui, activityId],
    );
    const erased = createEvent(UserErased, { userId: rui }, fromIdentity);
    await produce([erased], `cascais:${rui}`);
    await handled(erased);
    const [kept] = await service.db.query(
      `SELECT state, points, latitude, longitude, accuracy, distance, review_note
       FROM participation WHERE user_id = $1`,
      [rui],
    );
    expect(kept).toEqual({
      state: 'verified',
      points: 10,
      latitude: null,
      longitude: null,
      accuracy: null,
      distance: null,
      review_note: null,
    });
  });

  it('remembers revoked personal cards of the tenant', async () => {
    const cardId = randomUUID();
    const revoked = createEvent(
      PersonalCardRevoked,
      { userId: randomUUID(), cardId },
      fromIdentity,
    );
    await produce([revoked], `cascais:${cardId}`);
    await handled(revoked);
    expect(await isRevokedCard(service.db, 'cascais', cardId)).toBe(true);
    expect(await isRevokedCard(service.db, 'sintra', cardId)).toBe(false);
  });
});
