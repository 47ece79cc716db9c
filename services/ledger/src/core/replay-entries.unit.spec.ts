import { StoredEvent } from '@citypoints/event-store';
import { entriesOf, Movement, POINTS_ISSUED } from './movement';
import { replayEntries } from './replay-entries';

describe('replaying account entries', () => {
  let position = 0n;
  const movement = (change: Partial<Movement>): Movement => ({
    id: `earn:${position}`,
    tenantId: 'town',
    kind: 'earn',
    from: POINTS_ISSUED,
    to: 'ana',
    amount: 10,
    reason: 'the beach clean-up',
    correlationId: 'c-1',
    ...change,
  });
  const stored = (account: string, version: number, side: 'debit' | 'credit', m: Movement) =>
    ({
      ...entriesOf(m)[side],
      globalPosition: ++position,
      streamId: `account-town-${account}`,
      streamVersion: version,
      recordedAt: new Date(),
    }) as StoredEvent;

  it("gives each account's entries with the balance after each, credits adding, debits taking", () => {
    const earn = movement({ amount: 30 });
    const gift = movement({ id: 'transfer:t-1', kind: 'transfer', from: 'ana', to: 'rui' });
    const replayed = replayEntries(
      [
        stored('system:points-issued', 1, 'debit', earn),
        stored('ana', 1, 'credit', earn),
        stored('ana', 2, 'debit', gift),
        stored('rui', 1, 'credit', gift),
      ],
      new Map(),
    );
    expect(
      replayed.map(({ accountId, version, amount, balanceAfter, counterparty }) => ({
        accountId,
        version,
        amount,
        balanceAfter,
        counterparty,
      })),
    ).toEqual([
      { accountId: POINTS_ISSUED, version: 1, amount: -30, balanceAfter: -30, counterparty: 'ana' },
      { accountId: 'ana', version: 1, amount: 30, balanceAfter: 30, counterparty: POINTS_ISSUED },
      { accountId: 'ana', version: 2, amount: -10, balanceAfter: 20, counterparty: 'rui' },
      { accountId: 'rui', version: 1, amount: 10, balanceAfter: 10, counterparty: 'ana' },
    ]);
    expect(replayed[2]).toMatchObject({
      tenantId: 'town',
      movementId: 'transfer:t-1',
      kind: 'transfer',
      reason: 'the beach clean-up',
    });
  });

  it('carries balances from one batch to the next', () => {
    const balances = new Map<string, number>();
    replayEntries([stored('ana', 1, 'credit', movement({ amount: 5 }))], balances);
    const [next] = replayEntries([stored('ana', 2, 'credit', movement({ amount: 7 }))], balances);
    expect(next.balanceAfter).toBe(12);
  });

  it('passes over events that are no account entries', () => {
    const other = { ...stored('ana', 1, 'credit', movement({})), type: 'SomethingElse' };
    expect(replayEntries([other], new Map())).toEqual([]);
  });
});
