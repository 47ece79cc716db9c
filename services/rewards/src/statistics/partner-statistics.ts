import {
  OfferStatisticsDto,
  PartnerStatisticsDto,
  VoucherCountsDto,
} from '@citypoints/http-contracts';

/** One offer's count of vouchers in one ISO week, by what happened to them then. */
export interface WeekCountRow extends VoucherCountsDto {
  offerId: string;
  /** ISO 8601 week, '2026-W48'. */
  week: string;
}

const zero = (): VoucherCountsDto => ({ issued: 0, used: 0, expired: 0, cancelled: 0 });
const KINDS = ['issued', 'used', 'expired', 'cancelled'] as const;

function add(into: VoucherCountsDto, counts: VoucherCountsDto): void {
  for (const kind of KINDS) into[kind] += counts[kind];
}

/**
 * A partner's statistics from its offers (newest first, with their titles per language) and
 * the week counts the store read: every offer listed, with nothing counted if nothing happened;
 * weeks in order, those without anything left out; totals per offer and for the partner.
 */
export function partnerStatistics(
  partnerId: string,
  span: { from: string; to: string },
  offers: { offerId: string; title: Record<string, string> }[],
  rows: WeekCountRow[],
): PartnerStatisticsDto {
  const totals = zero();
  const perOffer: OfferStatisticsDto[] = offers.map(({ offerId, title }) => {
    const weeks = rows
      .filter((row) => row.offerId === offerId)
      .sort((a, b) => a.week.localeCompare(b.week))
      .map(({ week, issued, used, expired, cancelled }) => ({
        week,
        issued,
        used,
        expired,
        cancelled,
      }));
    const offerTotals = zero();
    weeks.forEach((week) => add(offerTotals, week));
    add(totals, offerTotals);
    return { offerId, title, weeks, totals: offerTotals };
  });
  return { partnerId, ...span, offers: perOffer, totals };
}
