import {
  createEvent,
  DebitRejected,
  DebitRejectedV1,
  PointsSpent,
  PointsSpentV1,
  Role,
  Topics,
} from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { produceEvents } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';

/** The tenant the redemption tests act in. */
export const tenant = 'cascais';
/** A day in milliseconds. */
export const day = 24 * 3600_000;
/** The ISO-8601 instant `fromNow` milliseconds from now. */
export const instant = (fromNow: number) => new Date(Date.now() + fromNow).toISOString();
/** A new person of `of` with `role`, as the service token names them. */
export const person = (role: Role = 'citizen', of = tenant) => ({
  userId: randomUUID(),
  tenant: of,
  role,
  generation: 0,
});
export type Person = ReturnType<typeof person>;

/** Rewards with a partner, and helpers that act as residents, an admin and the ledger. */
export async function rewardsWithPartner(service: TestApp) {
  const admin = person('tenant-admin');
  const as = (actor: Person = admin) => service.httpAs(actor);
  const partner = await (await as()).post(`/tenants/${tenant}/partners`).send({
    name: 'Carris',
    kind: 'business',
  });
  const partnerId: string = partner.body.partnerId;
  return {
    admin,
    as,
    partnerId,
    /** A published offer of `change`'s stock and limit (default 10 and none). */
    offer: async (change: object = {}): Promise<string> => {
      const draft = await (
        await as()
      )
        .post(`/tenants/${tenant}/offers`)
        .send({
          partnerId,
          texts: { en: { title: 'Bus day pass', description: 'One day on every bus.' } },
          category: 'transit',
          pricePoints: 300,
          stock: 10,
          perPersonLimit: null,
          saleStartsAt: instant(-day),
          saleEndsAt: instant(30 * day),
          validDays: 30,
          terms: 'Carris buses only.',
          ...change,
        })
        .expect(201);
      const at = `/tenants/${tenant}/offers/${draft.body.offerId}`;
      await (await as()).post(`${at}/submission`).expect(200);
      await (await as()).post(`${at}/publication`).expect(200);
      return draft.body.offerId;
    },
    redeem: async (actor: Person, offerId: string, key: string = randomUUID()) =>
      (await as(actor))
        .post(`/tenants/${tenant}/redemptions`)
        .set('idempotency-key', key)
        .send({ offerId }),
    redemption: async (redemptionId: string, actor: Person = admin) =>
      (await as(actor)).get(`/tenants/${tenant}/redemptions/${redemptionId}`),
  };
}

/**
 * Counter staff for `shop`'s partner (`staff`) and for a second partner of the tenant, a
 * cinema (`otherStaff`), each bound to theirs by the admin.
 */
export async function bindCounterStaff(
  shop: Awaited<ReturnType<typeof rewardsWithPartner>>,
  staff: Person,
  otherStaff: Person,
): Promise<void> {
  const other = await (
    await shop.as()
  )
    .post(`/tenants/${tenant}/partners`)
    .send({ name: 'Cinema', kind: 'business' });
  for (const [partnerId, person] of [
    [shop.partnerId, staff],
    [other.body.partnerId as string, otherStaff],
  ] as const) {
    await (
      await shop.as()
    )
      .put(`/tenants/${tenant}/partners/${partnerId}/staff/${person.userId}`)
      .expect(200);
  }
}

/** The ledger's answer to a redemption of `userId`, as the ledger publishes it. */
export async function answer(
  service: TestApp,
  type: typeof PointsSpent | typeof DebitRejected,
  userId: string,
  redemptionId: string,
  of = tenant,
) {
  const data: PointsSpentV1 | DebitRejectedV1 =
    type === PointsSpent
      ? { accountId: userId, redemptionId, points: 300, balance: 0 }
      : { accountId: userId, redemptionId, points: 300, balance: 10, reason: 'too few points' };
  const event = createEvent(type, data, { source: '/citypoints/ledger', tenantid: of });
  await produceEvents(service.topic(Topics.ledger), [event], `${of}:${userId}`);
  return event;
}
