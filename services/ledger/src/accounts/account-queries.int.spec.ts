import { Actor } from '@citypoints/platform';
import { randomUUID } from 'node:crypto';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';

describe("ledger internal API: an account's history and statement", () => {
  const tenant = 'history-town';
  let ledger: LedgerUnderTest;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    ledger = await startLedger();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  beforeEach(async () => {
    [alice, bob] = [randomUUID(), randomUUID()];
    await ledger.open(tenant, bob);
    await ledger.earn(tenant, alice, 100);
  });

  const http = () => ledger.http();
  const account = (id: string) => `/tenants/${tenant}/accounts/${id}`;

  it.each([
    ['before', '2147483648'],
    ['before', '99999999999999999999'],
    ['before', '1e3'],
    ['before', '0x10'],
    ['before', '+5'],
    ['before', ' 5'],
    ['before', '0'],
    ['before', ''],
    ['limit', '101'],
    ['limit', '0'],
    ['limit', '5.5'],
  ])('refuses a history page with %s=%j with 400 naming the field', async (field, value) => {
    const response = await http()
      .get(`${account(alice)}/history`)
      .query({ [field]: value });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.detail)).toContain(
      `${field} must be a whole number from 1 to`,
    );
  });

  it('refuses a history page with a repeated before, and pages from the largest version', async () => {
    const repeated = await http().get(`${account(alice)}/history?before=5&before=6`);
    expect(repeated.status).toBe(400);
    expect(JSON.stringify(repeated.body.detail)).toContain('before must be a whole number');
    const largest = await http()
      .get(`${account(alice)}/history`)
      .query({ before: '2147483647' })
      .expect(200);
    expect(largest.body.entries).toHaveLength(1);
  });

  it("gives an account's whole statement, newest first, for the person's export", async () => {
    for (let gift = 0; gift < 25; gift++) {
      await http()
        .post(`${account(alice)}/transfers`)
        .send({ transferId: randomUUID(), to: bob, points: 1 })
        .expect(200);
    }
    const { body } = await http()
      .get(`${account(alice)}/statement`)
      .expect(200);
    expect(body).toEqual({ accountId: alice, balance: 75, movements: expect.any(Array) });
    expect(body.movements).toHaveLength(26);
    expect(body.movements[0]).toEqual(
      expect.objectContaining({ version: 26, kind: 'transfer', amount: -1, balanceAfter: 75 }),
    );
    expect(body.movements[25]).toEqual(
      expect.objectContaining({ version: 1, kind: 'earn', amount: 100, balanceAfter: 100 }),
    );
    const unknown = randomUUID();
    expect((await http().get(`${account(unknown)}/statement`)).body).toEqual({
      accountId: unknown,
      balance: 0,
      movements: [],
    });
  });

  it('reads an account named in upper case as the same account', async () => {
    const response = await http().get(`${account(alice.toUpperCase())}/balance`);
    expect(response.body).toEqual({ accountId: alice, balance: 100 });
  });

  describe('for a signed-in person', () => {
    const READS = ['balance', 'history', 'statement'];
    const actor = (userId: string, role: Actor['role'], at = tenant): Actor => ({
      userId,
      tenant: at,
      role,
      generation: 1,
    });
    const readAs = async (person: Actor, accountId: string, read: string) =>
      (await ledger.httpAs(person)).get(`${account(accountId)}/${read}`);

    it.each(READS)("refuses a citizen reading another person's %s with 403", async (read) => {
      const response = await readAs(actor(bob, 'citizen'), alice, read);
      expect(response.status).toBe(403);
      expect(response.body.detail).toBe('account must be the signed-in person the call acts for');
    });

    it.each(READS)('lets a citizen read their own %s, however the id is written', async (read) => {
      await readAs(actor(alice, 'citizen'), alice, read).then((r) => expect(r.status).toBe(200));
      const shouted = await readAs(actor(alice, 'citizen'), alice.toUpperCase(), read);
      expect(shouted.status).toBe(200);
    });

    it.each(READS)("lets a tenant admin read any account's %s of their tenant", async (read) => {
      const response = await readAs(actor(randomUUID(), 'tenant-admin'), alice, read);
      expect(response.status).toBe(200);
    });

    it("refuses a tenant admin of another tenant, and other staff, another person's balance", async () => {
      for (const person of [
        actor(randomUUID(), 'tenant-admin', 'other-town'),
        actor(randomUUID(), 'verifier'),
        actor(randomUUID(), 'partner-staff'),
      ]) {
        expect((await readAs(person, alice, 'balance')).status).toBe(403);
      }
    });

    it('lets staff read their own statement, for their data export', async () => {
      const verifier = randomUUID();
      const response = await readAs(actor(verifier, 'verifier'), verifier, 'statement');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ accountId: verifier, balance: 0, movements: [] });
    });
  });
});
