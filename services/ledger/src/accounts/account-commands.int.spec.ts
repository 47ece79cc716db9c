import { Actor } from '@citypoints/platform';
import { randomUUID } from 'node:crypto';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';

describe('ledger commands: one command per id', () => {
  const tenant = 'once-town';
  let ledger: LedgerUnderTest;
  let alice: string;
  let bob: string;
  let carol: string;

  beforeAll(async () => {
    ledger = await startLedger();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  beforeEach(async () => {
    [alice, bob, carol] = [randomUUID(), randomUUID(), randomUUID()];
    await ledger.open(tenant, bob);
    await ledger.open(tenant, carol);
    await ledger.earn(tenant, alice, 100);
  });

  const http = () => ledger.http();
  const balance = (account: string) => ledger.balance(tenant, account);
  const transfer = (from: string, body: object) =>
    http().post(`/tenants/${tenant}/accounts/${from}/transfers`).send(body);
  const adjust = (account: string, body: object) =>
    http().post(`/tenants/${tenant}/accounts/${account}/adjustments`).send(body);
  const movements = async (
    account: string,
  ): Promise<{ movementId: string; balanceAfter: number }[]> =>
    (
      await ledger.db.query(
        `SELECT movement_id, balance_after FROM account_history
         WHERE tenant_id = $1 AND account_id = $2 ORDER BY version`,
        [tenant, account],
      )
    ).map((row: { movement_id: string; balance_after: string }) => ({
      movementId: row.movement_id,
      balanceAfter: Number(row.balance_after),
    }));

  it('answers a repeated transfer with its first answer, even after the balance changed', async () => {
    const command = { transferId: randomUUID(), to: bob, points: 30 };
    expect((await transfer(alice, command)).body).toEqual({ balance: 70 });
    await ledger.earn(tenant, alice, 50);

    const repeat = await transfer(alice, command);
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual({ balance: 70 });
    expect(await balance(alice)).toBe(120);
    expect(await balance(bob)).toBe(30);
  });

  it('refuses a transfer id reused with another receiver or other points, moving nothing', async () => {
    const transferId = randomUUID();
    await transfer(alice, { transferId, to: bob, points: 2 }).expect(200);

    for (const other of [
      { transferId, to: carol, points: 2 },
      { transferId, to: bob, points: 7 },
    ]) {
      const reused = await transfer(alice, other);
      expect(reused.status).toBe(409);
      expect(reused.body.detail).toBe(
        `transferId ${transferId} was already used for another command`,
      );
    }
    expect([await balance(alice), await balance(bob), await balance(carol)]).toEqual([98, 2, 0]);
  });

  it('refuses another sender reusing a transfer id, moving nothing', async () => {
    const transferId = randomUUID();
    await ledger.earn(tenant, carol, 10);
    await transfer(alice, { transferId, to: bob, points: 5 }).expect(200);

    const reused = await transfer(carol, { transferId, to: bob, points: 5 });
    expect(reused.status).toBe(409);
    expect(reused.body.detail).toContain(`transferId ${transferId} was already used`);
    expect([await balance(carol), await balance(bob)]).toEqual([10, 5]);
  });

  it('refuses a donation under an id a transfer used', async () => {
    const id = randomUUID();
    await transfer(alice, { transferId: id, to: bob, points: 5 }).expect(200);
    const donation = await http()
      .post(`/tenants/${tenant}/accounts/${alice}/donations`)
      .send({ donationId: id, causeId: randomUUID(), points: 5 });
    expect(donation.status).toBe(409);
    expect(donation.body.detail).toBe(`donationId ${id} was already used for another command`);
  });

  it('takes ids in upper case as the same command: debited once, the first answer again', async () => {
    const transferId = randomUUID();
    await transfer(alice, { transferId, to: bob, points: 30 }).expect(200);

    const shouted = await transfer(alice, {
      transferId: transferId.toUpperCase(),
      to: bob.toUpperCase(),
      points: 30,
    });
    expect(shouted.status).toBe(200);
    expect(shouted.body).toEqual({ balance: 70 });
    expect(await balance(alice)).toBe(70);
    expect((await movements(alice)).map((m) => m.movementId)).toEqual([
      expect.stringMatching(/^earn:/),
      `transfer:${transferId}`,
    ]);
  });

  it('refuses an adjustment id reused with other points or another reason, crediting nothing', async () => {
    const adjustment = {
      adjustmentId: randomUUID(),
      points: 10,
      reason: 'goodwill after the storm',
      adjustedBy: randomUUID(),
    };
    expect((await adjust(alice, adjustment).expect(200)).body).toEqual({ balance: 110 });

    for (const other of [
      { points: 20 },
      { reason: 'another story' },
      { adjustedBy: randomUUID() },
    ]) {
      const reused = await adjust(alice, { ...adjustment, ...other });
      expect(reused.status).toBe(409);
      expect(reused.body.detail).toBe(
        `adjustmentId ${adjustment.adjustmentId} was already used for another command`,
      );
    }
    expect((await adjust(alice, adjustment).expect(200)).body).toEqual({ balance: 110 });
    expect(await balance(alice)).toBe(110);
  });

  it('runs a command sent ten times at once once, answering each the same', async () => {
    const command = { transferId: randomUUID(), to: bob, points: 30 };
    const answers = await Promise.all(Array.from({ length: 10 }, () => transfer(alice, command)));
    expect(answers.map((answer) => [answer.status, answer.body])).toEqual(
      Array.from({ length: 10 }, () => [200, { balance: 70 }]),
    );
    expect(await balance(alice)).toBe(70);
  });

  it('answers each movement with the balance right after it, not after a later one', async () => {
    const ids = Array.from({ length: 20 }, () => randomUUID());
    const answers = await Promise.all(
      ids.map((transferId) => transfer(alice, { transferId, to: bob, points: 1 })),
    );
    const after = new Map((await movements(alice)).map((m) => [m.movementId, m.balanceAfter]));
    expect(answers.map((answer) => answer.body.balance)).toEqual(
      ids.map((id) => after.get(`transfer:${id}`)),
    );
    expect(new Set(answers.map((answer) => answer.body.balance)).size).toBe(20);
  });

  describe('for a signed-in person', () => {
    const actor = (userId: string, role: Actor['role']): Actor => ({
      userId,
      tenant,
      role,
      generation: 1,
    });

    it("refuses a citizen's call that gives another person's points", async () => {
      const call = await ledger.httpAs(actor(bob, 'citizen'));
      const response = await call
        .post(`/tenants/${tenant}/accounts/${alice}/transfers`)
        .send({ transferId: randomUUID(), to: bob, points: 5 });
      expect(response.status).toBe(403);
      expect(response.body.detail).toBe('account must be the signed-in person the call acts for');
      expect(await balance(alice)).toBe(100);
    });

    it('refuses an adjustment in the name of another admin than the one signed in', async () => {
      const eva = randomUUID();
      const body = { adjustmentId: randomUUID(), points: 5, reason: 'correction', adjustedBy: eva };
      const asIvo = await ledger.httpAs(actor(randomUUID(), 'tenant-admin'));
      const refused = await asIvo
        .post(`/tenants/${tenant}/accounts/${alice}/adjustments`)
        .send(body);
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe('adjustedBy must be the signed-in person the call acts for');

      const asEva = await ledger.httpAs(actor(eva, 'tenant-admin'));
      await asEva.post(`/tenants/${tenant}/accounts/${alice}/adjustments`).send(body).expect(200);
      expect(await balance(alice)).toBe(105);
    });
  });
});
