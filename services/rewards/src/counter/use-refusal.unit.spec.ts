import { Problem } from '@citypoints/platform';
import { randomUUID } from 'node:crypto';
import { newVoucherCode, normalizeVoucherCode } from '../vouchers/voucher-code';
import { CounterVoucher } from './counter-voucher';
import { useRefusal } from './use-refusal';

describe('useRefusal', () => {
  const now = new Date('2027-06-01T10:00:00Z');
  const code = normalizeVoucherCode(newVoucherCode());
  const voucher = (change: Partial<CounterVoucher> = {}): CounterVoucher => ({
    tenantId: 'cascais',
    voucherId: randomUUID(),
    userId: randomUUID(),
    offerId: randomUUID(),
    partnerId: randomUUID(),
    code,
    titles: { en: 'Bus day pass' },
    issuedAt: new Date('2027-05-01T10:00:00Z'),
    expiresAt: new Date('2027-05-31T10:00:00Z'),
    ...change,
  });

  it('answers 404 unknown-voucher when the caller has no such voucher', () => {
    expect(useRefusal('cascais', code, undefined, now)).toMatchObject({
      kind: 'not-found',
      code: 'unknown-voucher',
    });
  });

  it('says when and at which counter a used voucher was used, in words and in members', () => {
    const usedAt = new Date('2027-05-20T09:30:00Z');
    const refusal = useRefusal('cascais', code, voucher({ usedAt, counter: 'till 2' }), now);
    expect(refusal).toBeInstanceOf(Problem);
    const problem = refusal as Problem;
    expect([problem.getStatus(), problem.code]).toEqual([409, 'voucher-used']);
    expect(problem.extensions).toEqual({
      usedAt: '2027-05-20T09:30:00.000Z',
      usedAtCounter: 'till 2',
    });
    expect(problem.detail).toContain('2027-05-20T09:30:00.000Z');
    expect(problem.detail).toContain('"till 2"');
  });

  it('answers a used voucher without a counter label with a null counter', () => {
    const usedAt = new Date('2027-05-20T09:30:00Z');
    const problem = useRefusal('cascais', code, voucher({ usedAt }), now) as Problem;
    expect(problem.extensions).toEqual({ usedAt: usedAt.toISOString(), usedAtCounter: null });
  });

  it('answers 409 voucher-cancelled with when, even for a voucher expired since', () => {
    const cancelledAt = new Date('2027-05-21T08:00:00Z');
    const problem = useRefusal(
      'cascais',
      code,
      voucher({ cancelledAt, cancelReason: 'asked for a refund' }),
      now,
    ) as Problem;
    expect([problem.getStatus(), problem.code]).toEqual([409, 'voucher-cancelled']);
    expect(problem.extensions).toEqual({ cancelledAt: cancelledAt.toISOString() });
    expect(problem.detail).toContain('refunded');
  });

  it('answers 409 voucher-expired with the expiry', () => {
    const problem = useRefusal('cascais', code, voucher(), now) as Problem;
    expect([problem.getStatus(), problem.code]).toEqual([409, 'voucher-expired']);
    expect(problem.extensions).toEqual({ expiresAt: '2027-05-31T10:00:00.000Z' });
  });
});
