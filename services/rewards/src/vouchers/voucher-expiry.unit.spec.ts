import { voucherExpiry } from './voucher-expiry';

describe('voucherExpiry', () => {
  const issuedAt = new Date('2027-05-10T12:30:00Z');

  it('counts validDays days of 24 hours from the issue', () => {
    expect(voucherExpiry({ validDays: 30 }, issuedAt).toISOString()).toBe(
      '2027-06-09T12:30:00.000Z',
    );
  });

  it('takes validUntil as it is, whenever the voucher is issued', () => {
    const validUntil = '2027-12-31T23:00:00.000Z';
    expect(voucherExpiry({ validUntil }, issuedAt).toISOString()).toBe(validUntil);
  });
});
