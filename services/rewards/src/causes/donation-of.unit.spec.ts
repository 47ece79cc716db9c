import { createEvent, PointsTransferred, PointsTransferredV2Type } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { donationOf, DonationEvent } from './donation-of';

const [donor, causeId] = [randomUUID(), randomUUID()];
const attributes = { source: '/citypoints/ledger', tenantid: 'cascais' };
const v2 = (kind: 'donate' | 'transfer', accountId: string) =>
  createEvent(
    PointsTransferredV2Type,
    {
      transferId: randomUUID(),
      kind,
      fromAccountId: donor,
      toAccountId: causeId,
      points: 30,
      accountId,
      balance: 70,
    },
    attributes,
  ) as DonationEvent;
const v1 = (accountId?: string) =>
  createEvent(
    PointsTransferred,
    {
      transferId: randomUUID(),
      kind: 'donate',
      fromAccountId: donor,
      toAccountId: causeId,
      points: 30,
      fromBalance: 70,
      toBalance: 30,
      ...(accountId && { accountId }),
    },
    attributes,
  ) as DonationEvent;

describe('donationOf', () => {
  const donation = { tenantId: 'cascais', causeId, points: 30 };

  it("counts the cause's copy of a donation", () => {
    expect(donationOf(v2('donate', causeId))).toEqual(donation);
    expect(donationOf(v1(causeId))).toEqual(donation);
  });

  it('counts a v1 donation published before copies named their account', () => {
    expect(donationOf(v1())).toEqual(donation);
  });

  it("ignores the donor's copy, so that a donation counts once", () => {
    expect(donationOf(v2('donate', donor))).toBeUndefined();
    expect(donationOf(v1(donor))).toBeUndefined();
  });

  it('ignores a transfer between citizens', () => {
    expect(donationOf(v2('transfer', causeId))).toBeUndefined();
  });
});
