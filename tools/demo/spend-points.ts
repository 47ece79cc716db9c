import { check, demoCommandId, pause, untilKnown } from './demo-system';
import { inParallel } from './in-parallel';
import { pick, seeded } from './random';
import { DemoPartnerSeeded } from './seed-rewards';
import { Resident } from './sign-up-residents';

/** What the residents did with their points. */
export interface Spending {
  vouchers: number;
  used: number;
  donations: number;
}

/**
 * Residents spend what the ledger credited them (waiting, up to a minute, polling twice a second to stay well within the per-person rate limit, until their balance
 * shows the points of their check-ins): three in five who can afford one redeem an offer
 * through the saga and get a voucher, of which the partner's counter staff use about two in
 * three; one in four gives 10 to 30 points to a cause. Repeats nothing on a later start: the
 * redemptions' idempotency keys and donation ids are the demo's own, the same every time.
 */
export async function spendPoints(
  slug: string,
  residents: Resident[],
  earned: Map<number, number>,
  partners: DemoPartnerSeeded[],
  causeIds: string[],
  width: number,
): Promise<Spending> {
  const offers = partners.flatMap((partner) =>
    partner.offers.map((offer) => ({ ...offer, staff: partner.staff })),
  );
  const counts = await inParallel(residents, width, async (resident) => {
    const points = earned.get(resident.index) ?? 0;
    const balance = await balanceOf(resident, points);
    const random = seeded(`${slug}:spending:${resident.index}`);
    const result = { vouchers: 0, used: 0, donations: 0 };
    const affordable = offers.filter((o) => o.pricePoints <= balance);
    let left = balance;
    if (affordable.length > 0 && random() < 0.6) {
      const offer = pick(random, affordable);
      const code = await redeem(slug, resident, offer.offerId);
      if (code) {
        result.vouchers++;
        left -= offer.pricePoints;
        if (random() < 0.67) {
          const use = { code, counter: 'Demo counter' };
          check(await offer.staff('/counter/vouchers/use', use), [200, 201, 409], 'voucher use');
          result.used++;
        }
      }
    }
    if (random() < 0.25 && left >= 10) {
      const donation = {
        donationId: demoCommandId(`${slug}-donation-${resident.index}`),
        causeId: pick(random, causeIds),
        points: Math.min(left, 10 * Math.ceil(random() * 3)),
      };
      const answer = await untilKnown(
        () => resident.api('/me/donations', donation),
        ['unknown-account', 'insufficient-points'],
      );
      check(answer, [200, 201], 'donation');
      result.donations++;
    }
    return result;
  });
  return counts.reduce(
    (sum, c) => ({
      vouchers: sum.vouchers + c.vouchers,
      used: sum.used + c.used,
      donations: sum.donations + c.donations,
    }),
    { vouchers: 0, used: 0, donations: 0 },
  );
}

async function balanceOf(resident: Resident, atLeast: number): Promise<number> {
  let balance = 0;
  for (let attempt = 0; attempt < 120; attempt++) {
    balance = (check(await resident.api('/me/balance'), [200], 'balance').balance as number) ?? 0;
    if (balance >= atLeast) return balance;
    await pause(500);
  }
  return balance;
}

/** Redeems the offer through the saga and answers the voucher's code, or undefined. */
async function redeem(slug: string, resident: Resident, offerId: string) {
  const key = demoCommandId(`${slug}-redemption-${resident.index}`);
  const accepted = check(
    await resident.api('/redemptions', { offerId }, 'POST', { 'idempotency-key': key }),
    [200, 201, 202, 409, 422],
    'redemption',
  );
  if (!accepted.redemptionId) return undefined;
  for (let attempt = 0; attempt < 120; attempt++) {
    const redemption = check(
      await resident.api(`/redemptions/${accepted.redemptionId as string}`),
      [200],
      'redemption state',
    );
    if (redemption.state === 'issued') {
      return (redemption.voucher as { code: string } | undefined)?.code;
    }
    if (redemption.state !== 'pending') return undefined;
    await pause(500);
  }
  return undefined;
}
