import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem } from '../api/problem';
import { textIn } from '../pages/texts';
import { useProfile } from '../session/profile';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import './partner.css';

type Statistics = components['schemas']['PartnerStatisticsDto'];
type Counts = components['schemas']['VoucherCountsDto'];
type Week = components['schemas']['WeekVoucherCountsDto'];
const KINDS = ['issued', 'used', 'expired', 'cancelled'] as const;

/** A calendar day (YYYY-MM-DD) as the person's language writes it. */
function useDay() {
  const { i18n } = useTranslation();
  return (day: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
}

/**
 * The statistics of the staff's partner (GET /partners/{partner}/statistics): the vouchers
 * issued, used, expired and cancelled per offer and ISO week in the days chosen (by default
 * the 12 weeks up to today, as the API counts them), each offer as a table with its totals and
 * bars of the vouchers issued and used per week (drawn with CSS; the table holds the numbers).
 */
export function PartnerStatistics() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const profile = useProfile();
  const format = useFormat();
  const day = useDay();
  const weekLabel = useWeekLabel();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [statistics, setStatistics] = useState<Statistics>();
  const [shown, setShown] = useState<{ fields: Record<string, string>; form?: string }>({
    fields: {},
  });
  const partner = profile?.partnerId;
  const load = useCallback(
    async (range: { from?: string; to?: string }) => {
      if (!partner) return;
      try {
        const { data, error } = await apiOf(tenant).GET('/api/v1/partners/{partner}/statistics', {
          params: { path: { partner }, query: range },
        });
        if (data) {
          setStatistics(data);
          setShown({ fields: {} });
        } else setShown(showProblem(t, error as Problem));
      } catch {
        setShown(showProblem(t, undefined));
      }
    },
    [tenant, partner, t],
  );
  useEffect(() => {
    void load({});
  }, [load]);
  const show = (event: FormEvent) => {
    event.preventDefault();
    void load({ ...(from && { from }), ...(to && { to }) });
  };
  const dayError = (name: 'from' | 'to') =>
    shown.fields[name] ? t('partnerStats.dayError') : undefined;
  return (
    <Page title={t('partnerStats.title')}>
      {profile && !partner && <p className="error">{t('partnerOffers.noPartner')}</p>}
      <form onSubmit={show} className="row" noValidate>
        <Field
          label={t('partnerStats.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={dayError('from')}
        />
        <Field
          label={t('partnerStats.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={dayError('to')}
        />
        <div className="field">
          <button type="submit">{t('partnerStats.show')}</button>
        </div>
      </form>
      <FormError message={shown.form} />
      {statistics && (
        <>
          <p data-testid="stats-period">
            {t('partnerStats.period', { from: day(statistics.from), to: day(statistics.to) })}
          </p>
          <CountsTable
            caption={t('partnerStats.totals')}
            rows={statistics.offers.map((offer) => ({
              key: offer.offerId,
              label: textIn<string>(offer.title, i18n.language) ?? '',
              counts: offer.totals,
            }))}
            totals={statistics.totals}
            firstColumn=""
            format={format.number}
          />
          {statistics.offers.length === 0 && <p>{t('partnerStats.empty')}</p>}
          {statistics.offers.map((offer) => {
            const title = textIn<string>(offer.title, i18n.language) ?? '';
            return (
              <section key={offer.offerId} aria-labelledby={`stats-${offer.offerId}`}>
                <h2 id={`stats-${offer.offerId}`}>{title}</h2>
                <WeekBars weeks={offer.weeks} format={format.number} />
                <CountsTable
                  caption={title}
                  rows={offer.weeks.map((week) => ({
                    key: week.week,
                    label: weekLabel(week.week),
                    counts: week,
                  }))}
                  totals={offer.totals}
                  firstColumn={t('partnerStats.week')}
                  format={format.number}
                />
              </section>
            );
          })}
        </>
      )}
    </Page>
  );
}

/** An ISO week ("2026-W48") as the person's language names it: "Week 48, 2026". */
function useWeekLabel() {
  const { t } = useTranslation();
  return (week: string) => {
    const [, year, number] = /^(\d{4})-W(\d{2})$/.exec(week) ?? [];
    return year ? t('partnerStats.weekOf', { week: Number(number), year }) : week;
  };
}

/** A table of voucher counts: a row per offer or week, then the totals. */
function CountsTable({
  caption,
  rows,
  totals,
  firstColumn,
  format,
}: {
  caption: string;
  rows: { key: string; label: string; counts: Counts }[];
  totals: Counts;
  firstColumn: string;
  format: (value: number) => string;
}) {
  const { t } = useTranslation();
  return (
    // Scrolls sideways on a narrow phone: focusable so that keyboards scroll it too.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="board stats">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn || t('partnerStats.offer')}</th>
            {KINDS.map((kind) => (
              <th key={kind} scope="col">
                {t(`partnerStats.${kind}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {KINDS.map((kind) => (
                <td key={kind}>{format(row.counts[kind])}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('partnerStats.total')}</th>
            {KINDS.map((kind) => (
              <td key={kind}>{format(totals[kind])}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/**
 * Bars of the vouchers issued and used per week, scaled to the largest week; a picture of the
 * table below it (aria-hidden numbers are in the table), described by its legend.
 */
function WeekBars({ weeks, format }: { weeks: Week[]; format: (value: number) => string }) {
  const { t } = useTranslation();
  const weekLabel = useWeekLabel();
  const most = Math.max(1, ...weeks.map((week) => week.issued));
  const width = (value: number) => `${(100 * value) / most}%`;
  return (
    <figure className="stats-figure">
      <figcaption className="hint">
        {t('partnerStats.chart')}. {t('partnerStats.legend')}
      </figcaption>
      <ul className="bars" aria-hidden="true">
        {weeks.map((week) => (
          <li key={week.week}>
            <span>{weekLabel(week.week)}</span>
            <span className="track">
              <span
                className="bar issued"
                style={{ width: width(week.issued) }}
                title={`${t('partnerStats.issued')}: ${format(week.issued)}`}
              />
              <span
                className="bar used"
                style={{ width: width(week.used) }}
                title={`${t('partnerStats.used')}: ${format(week.used)}`}
              />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
