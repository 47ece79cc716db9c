import { randomUUID } from 'node:crypto';
import { citizen, credit, Person, staff } from './people';
import type { RouteExample } from './route-examples';
import {
  beachCause,
  bindStaff,
  busPass,
  causeOf,
  offerOf,
  OfferStage,
  partnerOf,
  settledRedemption,
  voucherCode,
} from './rewards-fixture';
import { GatewayCluster } from './start-cluster';

/** An offer's fields for a replacement, which never names the partner. */
function replacement({ partnerId: _partner, ...fields }: Record<string, unknown>) {
  return fields;
}

/**
 * A successful call of every rewards route, in the tenant of `admin`: a partner whose staff
 * (each partner-staff actor, bound to it first) and the admin keep its offers, one of them on
 * sale for residents to redeem, a published cause, and a voucher of the offer for each counter
 * call (a funded resident redeems it, and rewards settles it with the ledger).
 */
export async function rewardExamples(
  cluster: GatewayCluster,
  admin: Person,
): Promise<Record<string, RouteExample>> {
  const partnerId = await partnerOf(cluster, admin);
  const onSale = await offerOf(cluster, admin, partnerId, 'published');
  const causeId = await causeOf(cluster, admin, true);
  const funded = async (person?: Person) => {
    if (person?.role === 'citizen') await credit(cluster, admin, person, 50);
  };
  /** The partner's staff act for it; everyone else as they are. */
  const ofPartner = (actor?: Person) => bindStaff(cluster, admin, partnerId, actor);
  const offerAt = (stage: OfferStage) => async (actor?: Person) => {
    await ofPartner(actor);
    return { params: { offer: await offerOf(cluster, admin, partnerId, stage) } };
  };
  const redeemed = async () => {
    const resident = await citizen(cluster, admin.tenant);
    await funded(resident);
    return { resident, code: await voucherCode(cluster, resident, onSale) };
  };
  const draftCause = async () => ({ params: { cause: await causeOf(cluster, admin, false) } });
  const newStaff = async () => ({
    params: {
      partner: partnerId,
      person: (await staff(cluster, admin.tenant, 'partner-staff')).userId,
    },
  });
  return {
    listOffers: async (actor) => (await funded(actor), {}),
    getOffer: async (actor) => (await ofPartner(actor), { params: { offer: onSale } }),
    redeemOffer: async (actor) => {
      await funded(actor);
      return { body: { offerId: onSale }, headers: { 'idempotency-key': randomUUID() } };
    },
    getRedemption: async (actor) => {
      const resident = actor?.role === 'citizen' ? actor : (await redeemed()).resident;
      await funded(resident);
      const { redemptionId } = await settledRedemption(cluster, resident, onSale);
      return { params: { redemption: redemptionId } };
    },
    listMyVouchers: async () => ({}),
    listCauses: async () => ({}),
    getCause: async () => ({ params: { cause: causeId } }),
    createCause: async () => ({ body: beachCause() }),
    updateCause: async () => ({
      ...(await draftCause()),
      body: { ...beachCause('Cleaner beaches'), version: 1 },
    }),
    publishCause: draftCause,
    archiveCause: draftCause,
    createPartner: async () => ({ body: { name: 'Cascais Museum', kind: 'association' } }),
    listPartners: async () => ({}),
    getPartner: async (actor) => (await ofPartner(actor), { params: { partner: partnerId } }),
    updatePartner: async () => ({
      params: { partner: await partnerOf(cluster, admin) },
      body: { name: 'Carris Metropolitana', kind: 'business', version: 1 },
    }),
    bindPartnerStaff: newStaff,
    unbindPartnerStaff: newStaff,
    createOffer: async (actor) => (await ofPartner(actor), { body: busPass(partnerId) }),
    updateOffer: async (actor) => ({
      ...(await offerAt('draft')(actor)),
      body: replacement(busPass(partnerId, { pricePoints: 7, version: 1 })),
    }),
    submitOffer: offerAt('draft'),
    withdrawOffer: offerAt('submitted'),
    pauseOffer: offerAt('published'),
    endOffer: offerAt('published'),
    publishOffer: offerAt('submitted'),
    rejectOffer: async (actor) => ({
      ...(await offerAt('submitted')(actor)),
      body: { reason: 'The picture is of another bus company.' },
    }),
    lookUpVoucher: async (actor) => {
      await ofPartner(actor);
      return { query: { code: (await redeemed()).code } };
    },
    useVoucher: async (actor) => {
      await ofPartner(actor);
      return { body: { code: (await redeemed()).code, counter: 'till 2' } };
    },
    cancelVoucher: async (actor) => {
      await ofPartner(actor);
      return { body: { code: (await redeemed()).code, reason: 'the customer changed their mind' } };
    },
    getPartnerStatistics: async (actor) => {
      await ofPartner(actor);
      return { params: { partner: partnerId }, query: { from: '2026-09-07', to: '2026-11-29' } };
    },
  };
}
