import { createEvent, ParticipationVerified, toKafkaMessage, Topics } from '@citypoints/contracts';
import { Cluster, ServiceName } from '@citypoints/cluster';
import { callJson } from '@citypoints/platform/testing';
import { testConnection, uniqueName, waitFor } from '@citypoints/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { Member, Town, startWholeSystem } from './e2e-town';

// Issue 14's tests through the gateway, every service its own process: many people redeeming
// one offer's last units at the same moment, one person twice at once, too few points, two
// counters taking one voucher at once, and a donation that shows in the cause's total and in
// the ledger's.
describe('rewards through the gateway, at the same moment', () => {
  const prefix = `${uniqueName('rewards')}.`;
  const tenant = `rewards-${randomUUID().slice(0, 8)}`;
  const kafka = new Kafka({
    brokers: testConnection().KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  let cluster: Cluster<ServiceName>;
  let town: Town;
  let admin: Member;
  let cashier: Member;
  let partnerId: string;

  beforeAll(async () => {
    cluster = await startWholeSystem(prefix);
    town = new Town(tenant, cluster.services.gateway.url, cluster.services.identity.url);
    await town.found();
    admin = await town.staff('tenant-admin');
    const partner = await as(admin, '/partners', { name: 'Carris', kind: 'business' });
    expect(partner.status).toBe(201);
    partnerId = partner.body.partnerId;
    // The partner's counter staff: an account the platform adds, bound to the partner.
    cashier = await town.staff('partner-staff', partnerId);
    expect(
      (await as(admin, `/partners/${partnerId}/staff/${cashier.userId}`, {}, 'PUT')).status,
    ).toBe(200);
  }, 240_000);

  afterAll(async () => {
    await cluster?.close();
  });

  /** A call to the public API as `member`: GET, or POST with a body unless `method` says. */
  function as(member: Member, path: string, body?: object, method?: string, key?: string) {
    return callJson(town.api(path), {
      token: member.token,
      body,
      method,
      ...(key && { headers: { 'idempotency-key': key } }),
    });
  }

  /** An offer of the partner the admin publishes: 100 points, `change` over the defaults. */
  async function offer(change: object): Promise<string> {
    const draft = await as(admin, '/offers', {
      partnerId,
      texts: { en: { title: 'Bus day pass', description: 'One day on every bus.' } },
      category: 'transit',
      pricePoints: 100,
      stock: 10,
      perPersonLimit: null,
      saleStartsAt: new Date(Date.now() - 86_400_000).toISOString(),
      saleEndsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      validDays: 30,
      terms: 'Carris buses only.',
      ...change,
    });
    expect(draft.status).toBe(201);
    const { offerId } = draft.body;
    expect((await as(admin, `/offers/${offerId}/submission`, {})).status).toBe(200);
    expect((await as(admin, `/offers/${offerId}/publication`, {})).status).toBe(200);
    return offerId;
  }

  /** `count` residents, each credited `points` by a municipal system's verified participation. */
  async function residents(count: number, points: number): Promise<Member[]> {
    const members: Member[] = [];
    for (let i = 0; i < count; i += 10) {
      const wave = Array.from({ length: Math.min(10, count - i) }, (_, j) =>
        town.resident(`resident${i + j}`),
      );
      members.push(...(await Promise.all(wave)));
    }
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: prefix + Topics.verification,
      messages: members.map(({ userId }) => {
        const data = {
          participationId: randomUUID(),
          userId,
          activityId: randomUUID(),
          points,
          method: 'integration' as const,
          verifiedAt: new Date().toISOString(),
        };
        const event = createEvent(ParticipationVerified, data, {
          source: '/tests/municipal-system',
          tenantid: tenant,
        });
        return toKafkaMessage(event, userId);
      }),
    });
    await producer.disconnect();
    for (const member of members) {
      await waitFor(`${points} points`, async () =>
        (await town.balance(member)) === points ? true : undefined,
      );
    }
    return members;
  }

  const redeem = (member: Member, offerId: string, key = randomUUID()) =>
    as(member, '/redemptions', { offerId }, undefined, key);

  /** The redemption once the saga has ended: issued or failed. */
  const settled = (member: Member, redemptionId: string) =>
    waitFor(`redemption ${redemptionId} settled`, async () => {
      const { body } = await as(member, `/redemptions/${redemptionId}`);
      return body.state === 'pending' ? undefined : body;
    });

  it('sells exactly 10 of a stock of 10 to 100 people at once: 10 vouchers, 10 debits, 90 sold out', async () => {
    const people = await residents(100, 300);
    const offerId = await offer({ stock: 10 });

    const answers = await Promise.all(people.map((person) => redeem(person, offerId)));

    const accepted = answers.flatMap((answer, i) => (answer.status === 202 ? [i] : []));
    const refused = answers.filter((answer) => answer.status !== 202);
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(90);
    for (const answer of refused) {
      expect([answer.status, answer.body.code]).toEqual([409, 'offer-sold-out']);
      expect(answer.body.detail).toEqual(expect.any(String));
    }
    const outcomes = await Promise.all(
      accepted.map((i) => settled(people[i], answers[i].body.redemptionId)),
    );
    expect(outcomes.map((outcome) => outcome.state)).toEqual(Array(10).fill('issued'));
    // Exactly 10 debits: the 10 buyers paid once, the 90 kept every point.
    const balances = await Promise.all(people.map((person) => town.balance(person)));
    const buyers = new Set(accepted);
    balances.forEach((balance, i) => expect(balance).toBe(buyers.has(i) ? 200 : 300));
    const vouchers = await Promise.all(
      people.map(async (person) => (await as(person, '/me/vouchers')).body.vouchers.length),
    );
    expect(vouchers.reduce((sum, n) => sum + n, 0)).toBe(10);
  });

  it('gives the stock back and the points stay when a person has too few', async () => {
    const [poor, rich] = await residents(2, 60);
    const offerId = await offer({ stock: 1, pricePoints: 100 });
    const asked = await redeem(poor, offerId);
    expect(asked.status).toBe(202);
    const failed = await settled(poor, asked.body.redemptionId);
    expect(failed).toMatchObject({ state: 'failed', reason: 'not-enough-points' });
    expect(await town.balance(poor)).toBe(60);
    expect((await as(poor, '/me/vouchers')).body.vouchers).toEqual([]);
    // The unit is back on sale: an admin's gift makes the other one rich enough to buy it.
    const gift = await as(admin, `/accounts/${rich.userId}/adjustments`, {
      adjustmentId: randomUUID(),
      points: 40,
      reason: 'Helped at the beach clean-up without a phone',
    });
    expect(gift.status).toBe(200);
    await waitFor('100 points', async () =>
      (await town.balance(rich)) === 100 ? true : undefined,
    );
    const bought = await redeem(rich, offerId);
    expect(bought.status).toBe(202);
    expect((await settled(rich, bought.body.redemptionId)).state).toBe('issued');
  });

  it('gives one voucher to a person with a limit of 1 who redeems twice at once', async () => {
    const [ana] = await residents(1, 500);
    const offerId = await offer({ stock: null, perPersonLimit: 1 });
    const answers = await Promise.all([redeem(ana, offerId), redeem(ana, offerId)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409]);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body.code).toBe('limit-reached');
    const accepted = answers.find((answer) => answer.status === 202);
    expect((await settled(ana, accepted?.body.redemptionId)).state).toBe('issued');
    expect((await as(ana, '/me/vouchers')).body.vouchers).toHaveLength(1);
    expect(await town.balance(ana)).toBe(400);
  });

  it('lets exactly one of two counters use one voucher at the same moment', async () => {
    const [ana] = await residents(1, 100);
    const offerId = await offer({ stock: 5 });
    const asked = await redeem(ana, offerId);
    const { voucher } = await settled(ana, asked.body.redemptionId);
    const [first, second] = await Promise.all([
      as(cashier, '/counter/vouchers/use', { code: voucher.code, counter: 'till 1' }),
      as(admin, '/counter/vouchers/use', { code: voucher.code, counter: 'till 2' }),
    ]);
    const answers = [first, second];
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const used = answers.find((answer) => answer.status === 200);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body).toMatchObject({
      code: 'voucher-used',
      usedAt: used?.body.usedAt,
      usedAtCounter: used?.body.usedAtCounter,
    });
    const looked = await as(cashier, `/counter/vouchers?code=${encodeURIComponent(voucher.code)}`);
    expect(looked.body).toMatchObject({ state: 'used', holder: ana.userId });
  });

  it('shows a donation in the cause’s total and in the ledger’s totals', async () => {
    const [ana] = await residents(1, 90);
    const cause = await as(admin, '/causes', {
      texts: { en: { title: 'Beach wheelchairs', description: 'For everyone on the sand.' } },
      target: 1000,
    });
    expect(cause.status).toBe(201);
    const { causeId } = cause.body;
    expect((await as(admin, `/causes/${causeId}/publication`, {})).status).toBe(200);
    const before = (await as(admin, '/totals')).body;

    const donation = await waitFor('the ledger to open the cause', async () => {
      const answer = await as(ana, '/me/donations', {
        donationId: randomUUID(),
        causeId,
        points: 40,
      });
      return answer.body?.code === 'unknown-account' ? undefined : answer;
    });
    expect(donation.status).toBe(200);
    const total = await waitFor('the cause’s total', async () => {
      const { body } = await as(ana, `/causes/${causeId}`);
      return body.donatedPoints === 40 ? body : undefined;
    });
    expect(total.progressPercent).toBe(4);
    const after = (await as(admin, '/totals')).body;
    expect(after.donated - before.donated).toBe(40);
    expect(after.inCirculation - before.inCirculation).toBe(-40);
    expect(await town.balance(ana)).toBe(50);
  });
});
