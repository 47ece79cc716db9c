import { Problem } from '@citypoints/platform';
import { Composition, PartRequest, RouteCall } from '../routes/gateway-route';
import { ROUTES } from '../routes/route-table';
import { composeAnswer } from './compose-answer';

type Read = (part: PartRequest) => Promise<{ status: number; body: Buffer }>;

const call: RouteCall = {
  tenant: 'cascais',
  me: '0194f1de-0000-7000-8000-000000000001',
  params: {},
  body: {},
  query: {},
};
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

function compositionOf(name: string): Composition {
  const composition = ROUTES.find((route) => route.name === name)?.compose;
  if (!composition) throw new Error(`${name} composes no answer`);
  return composition;
}

describe('an answer the gateway composes: the data export', () => {
  const composition = compositionOf('exportMyData');
  const exported = { exportedAt: '2026-11-29T12:00:00.000Z', person: { userId: call.me } };
  const compose = async (read: Read) =>
    JSON.parse((await composeAnswer(composition, json(exported), call, read)).toString());

  it("reads the caller's own ledger statement", () => {
    expect(composition.part(exported, call)).toEqual({
      service: 'ledger',
      path: `/tenants/cascais/accounts/${call.me}/statement`,
    });
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

describe('an answer the gateway composes: the points history', () => {
  const composition = compositionOf('getMyHistory');
  const [bea, carla] = [
    '0194f1de-0000-7000-8000-00000000000b',
    '0194f1de-0000-7000-8000-00000000000c',
  ];
  const movement = (counterparty: string, version: number) => ({
    version,
    kind: 'transfer',
    amount: 5,
    counterparty,
  });
  const history = {
    entries: [
      movement(bea, 5),
      movement('cause:0194f1de-0000-7000-8000-0000000000ca', 4),
      movement(carla, 3),
      movement(bea, 2),
      movement('system:points-issued', 1),
    ],
    next: null,
  };
  const compose = async (read: Read, answer: unknown = history) =>
    JSON.parse((await composeAnswer(composition, json(answer), call, read)).toString());

  it("asks identity once for the public names of the people the page names, in the caller's tenant", () => {
    expect(composition.part(history, call)).toEqual({
      service: 'identity',
      path: '/tenants/cascais/public-names',
      body: { userIds: [bea, carla] },
    });
  });

  it('names each person as identity answers, and causes and the system not at all', async () => {
    const names = { [bea]: 'Bea Real', [carla]: null };
    const composed = await compose(async () => ({ status: 200, body: json({ names }) }));
    expect(composed.next).toBeNull();
    expect(composed.entries).toEqual([
      { ...history.entries[0], counterpartyName: 'Bea Real' },
      history.entries[1],
      { ...history.entries[2], counterpartyName: null },
      { ...history.entries[3], counterpartyName: 'Bea Real' },
      history.entries[4],
    ]);
  });

  it('asks nothing when the page names no person', async () => {
    const read = jest.fn();
    const page = { entries: [movement('system:points-issued', 1)], next: null };
    expect(await compose(read, page)).toEqual(page);
    expect(read).not.toHaveBeenCalled();
  });

  it('leaves names out while identity fails, rather than show people as hidden or fail', async () => {
    const failing = async () => {
      throw new Problem(503, 'identity is unavailable; try again later');
    };
    expect(await compose(failing)).toEqual(history);
  });

  it('fails as identity refuses, for a refusal is a fault to see', async () => {
    const refusing = async () => {
      throw new Problem(400, 'userIds must hold only UUIDs');
    };
    await expect(compose(refusing)).rejects.toMatchObject({ detail: /UUIDs/ });
  });
});
