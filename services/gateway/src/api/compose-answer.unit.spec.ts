import { Problem } from '@citypoints/platform';
import { RouteCall, Upstream } from '../routes/gateway-route';
import { ROUTES } from '../routes/route-table';
import { composeAnswer } from './compose-answer';

describe('an answer the gateway composes: the data export', () => {
  const composition = ROUTES.find((route) => route.name === 'exportMyData')?.compose;
  if (!composition) throw new Error('exportMyData composes no answer');
  const call: RouteCall = {
    tenant: 'cascais',
    me: '0194f1de-0000-7000-8000-000000000001',
    params: {},
    body: {},
    query: {},
  };
  const exported = { exportedAt: '2026-11-29T12:00:00.000Z', person: { userId: call.me } };
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const compose = async (read: (part: Upstream) => Promise<{ status: number; body: Buffer }>) =>
    JSON.parse((await composeAnswer(composition, json(exported), call, read)).toString());

  it("reads the caller's own ledger statement", () => {
    expect(composition.part).toMatchObject({ service: 'ledger' });
    expect(composition.part.path(call)).toBe(`/tenants/cascais/accounts/${call.me}/statement`);
  });

  it("joins identity's export and the ledger's statement", async () => {
    const statement = { accountId: call.me, balance: 70, movements: [{ amount: 70 }] };
    expect(await compose(async () => ({ status: 200, body: json(statement) }))).toEqual({
      ...exported,
      points: statement,
    });
  });

  it('gives a person without a ledger account 0 points and no movements', async () => {
    const notFound = async () => {
      throw new Problem(404, 'no such account');
    };
    expect(await compose(notFound)).toEqual({
      ...exported,
      points: { accountId: call.me, balance: 0, movements: [] },
    });
  });

  it('fails as the ledger fails, rather than export an account as empty', async () => {
    const failing = async () => {
      throw new Problem(503, 'ledger is unavailable; try again later');
    };
    await expect(compose(failing)).rejects.toMatchObject({
      detail: expect.stringMatching(/ledger/),
    });
  });
});
