import { counterVoucherState } from './counter-voucher-state';

describe('counterVoucherState', () => {
  const now = new Date('2027-06-01T10:00:00Z');
  const expiresAt = new Date('2027-06-30T00:00:00Z');

  it('is valid while unused and before its expiry', () => {
    expect(counterVoucherState({ expiresAt }, now)).toBe('valid');
  });

  it('is expired from its expiry instant on', () => {
    expect(counterVoucherState({ expiresAt: now }, now)).toBe('expired');
  });

  it('is used once used, even after it has expired since', () => {
    const usedAt = new Date('2027-05-20T09:00:00Z');
    expect(counterVoucherState({ expiresAt: now, usedAt }, now)).toBe('used');
  });

  it('is cancelled once cancelled, even after it has expired since', () => {
    const cancelledAt = new Date('2027-05-20T09:00:00Z');
    expect(counterVoucherState({ expiresAt, cancelledAt }, now)).toBe('cancelled');
    expect(counterVoucherState({ expiresAt: now, cancelledAt }, now)).toBe('cancelled');
  });
});
