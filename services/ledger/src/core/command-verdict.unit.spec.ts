import { CommandFingerprint, commandVerdict, reasonHash } from './command-verdict';

describe('command verdict', () => {
  const transfer: CommandFingerprint = {
    kind: 'transfer',
    account: 'ana',
    receiver: 'rui',
    points: 2,
    adjustedBy: null,
    reasonHash: null,
  };
  const adjustment: CommandFingerprint = {
    kind: 'adjust',
    account: 'ana',
    receiver: null,
    points: -5,
    adjustedBy: 'eva',
    reasonHash: reasonHash('double scan'),
  };
  const recorded = (fingerprint: CommandFingerprint) => ({ fingerprint, answer: { balance: 98 } });

  it('takes an id never used as a new command', () => {
    expect(commandVerdict(transfer, undefined)).toEqual({ verdict: 'new' });
  });

  it('answers the same command again with the first answer', () => {
    expect(commandVerdict({ ...transfer }, recorded(transfer))).toEqual({
      verdict: 'repeat',
      answer: { balance: 98 },
    });
    expect(commandVerdict({ ...adjustment }, recorded(adjustment)).verdict).toBe('repeat');
  });

  it('compares fields, whatever order the record keeps them in', () => {
    const reordered = Object.fromEntries(Object.entries(transfer).reverse()) as CommandFingerprint;
    expect(commandVerdict(transfer, recorded(reordered)).verdict).toBe('repeat');
  });

  it.each<[string, Partial<CommandFingerprint>]>([
    ['another receiver', { receiver: 'eva' }],
    ['other points', { points: 7 }],
    ['another sender', { account: 'eva' }],
    ['another kind', { kind: 'donate' }],
  ])('refuses the id reused with %s', (_, change) => {
    expect(commandVerdict({ ...transfer, ...change }, recorded(transfer))).toEqual({
      verdict: 'conflict',
    });
  });

  it.each<[string, Partial<CommandFingerprint>]>([
    ['other points', { points: -50 }],
    ['another admin', { adjustedBy: 'ivo' }],
    ['another reason', { reasonHash: reasonHash('double scan!') }],
  ])('refuses an adjustment id reused with %s', (_, change) => {
    expect(commandVerdict({ ...adjustment, ...change }, recorded(adjustment)).verdict).toBe(
      'conflict',
    );
  });

  it('hashes a reason to 64 hex digits, the same as Postgres sha256 does', () => {
    expect(reasonHash('double scan')).toMatch(/^[0-9a-f]{64}$/);
    expect(reasonHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
