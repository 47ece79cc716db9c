import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { API_PREFIX } from '../routes/gateway-route';
import { Person } from './people';
import { GatewayCluster } from './start-cluster';

type Method = 'get' | 'post' | 'put' | 'delete';

/** Where an offer is taken to: its life's steps, each through the gateway. */
export type OfferStage = 'draft' | 'submitted' | 'published';

const DAY_MS = 86_400_000;

/** The gateway as `person`, for the rewards fixtures and examples. */
export const asPerson =
  (cluster: GatewayCluster, person: Person) => (method: Method, path: string) =>
    request(cluster.gateway.url)
      [method](API_PREFIX + path)
      .auth(person.accessToken, { type: 'bearer' });

/** A valid new offer of `partnerId`, on sale from an hour ago for 30 days; `change` overrides. */
export function busPass(partnerId: string, change: Record<string, unknown> = {}) {
  return {
    partnerId,
    texts: { en: { title: 'Bus day pass', description: 'One day on every Carris bus.' } },
    category: 'transit',
    pricePoints: 5,
    stock: null,
    perPersonLimit: null,
    saleStartsAt: new Date(Date.now() - 3_600_000).toISOString(),
    saleEndsAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
    validDays: 30,
    terms: 'Valid on Carris buses in Cascais.',
    ...change,
  };
}

/** A partner of the tenant, created by `admin`; its id. */
export async function partnerOf(cluster: GatewayCluster, admin: Person, name = 'Carris') {
  const created = await asPerson(cluster, admin)('post', '/partners')
    .send({ name, kind: 'business' })
    .expect(201);
  return created.body.partnerId as string;
}

/** Binds `person`, when partner staff, to the partner: they then act for it. */
export async function bindStaff(
  cluster: GatewayCluster,
  admin: Person,
  partnerId: string,
  person?: Person,
): Promise<void> {
  if (person?.role !== 'partner-staff') return;
  await asPerson(cluster, admin)('put', `/partners/${partnerId}/staff/${person.userId}`).expect(
    200,
  );
}

/**
 * An offer of `partnerId` created by `admin` and taken to `stage` (published: submitted, then
 * approved by the admin); its id. `change` overrides busPass's fields (a title, a price).
 */
export async function offerOf(
  cluster: GatewayCluster,
  admin: Person,
  partnerId: string,
  stage: OfferStage,
  change: Record<string, unknown> = {},
): Promise<string> {
  const as = asPerson(cluster, admin);
  const created = await as('post', '/offers').send(busPass(partnerId, change)).expect(201);
  const offerId = created.body.offerId as string;
  if (stage === 'draft') return offerId;
  await as('post', `/offers/${offerId}/submission`).expect(200);
  if (stage === 'published') await as('post', `/offers/${offerId}/publication`).expect(200);
  return offerId;
}

/** A redemption `person` (funded already) asked for and rewards settled; its answer. */
export async function settledRedemption(
  cluster: GatewayCluster,
  person: Person,
  offerId: string,
): Promise<{ redemptionId: string; state: string; voucher?: { code: string } }> {
  const as = asPerson(cluster, person);
  const accepted = await as('post', '/redemptions')
    .set('idempotency-key', randomUUID())
    .send({ offerId })
    .expect(202);
  const path = `/redemptions/${accepted.body.redemptionId}`;
  return waitFor('rewards to settle the redemption with the ledger', async () => {
    const answer = await as('get', path).expect(200);
    return answer.body.state === 'pending' ? undefined : answer.body;
  });
}

/** The code of a voucher of `offerId` that `person` (funded already) got. */
export async function voucherCode(
  cluster: GatewayCluster,
  person: Person,
  offerId: string,
): Promise<string> {
  const settled = await settledRedemption(cluster, person, offerId);
  if (!settled.voucher) throw new Error(`no voucher: ${JSON.stringify(settled)}`);
  return settled.voucher.code;
}

/** A cause created by `admin`, published when asked; its id. */
export async function causeOf(
  cluster: GatewayCluster,
  admin: Person,
  publish: boolean,
  title = 'Clean beaches',
): Promise<string> {
  const as = asPerson(cluster, admin);
  const created = await as('post', '/causes').send(beachCause(title)).expect(201);
  const causeId = created.body.causeId as string;
  if (publish) await as('post', `/causes/${causeId}/publication`).expect(200);
  return causeId;
}

/** A valid new cause titled `title`, with a target of 1000 points. */
export function beachCause(title = 'Clean beaches') {
  return {
    texts: { en: { title, description: 'Gloves, bags and a skip for the summer.' } },
    target: 1000,
  };
}
