import './admin.css';
import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useState, type FormEvent } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { CATEGORIES } from '../pages/categories';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { refusal } from './refusal';

Chart.register(BarElement, CategoryScale, Legend, LinearScale, Tooltip);

type Totals = components['schemas']['TotalsDto'];
type Figures = components['schemas']['TenantStatisticsDto'];
/** A colour per category, told apart by people with colour blindness (Okabe–Ito). */
const CATEGORY_COLOURS = ['#009e73', '#0072b2', '#d55e00', '#cc79a7', '#e69f00', '#56b4e9'];
/** The totals' figures in the order the chart and its table show them. */
const FIGURES: readonly (keyof Totals)[] = [
  'issued',
  'inCirculation',
  'spent',
  'donated',
  'expired',
  'forfeited',
];

/**
 * The town's statistics: verified participations per ISO week and category, active residents
 * per week and the impact totals in the days from–to (GET /statistics; by default the API's 12
 * weeks up to today), and the points issued, in circulation, spent on vouchers, donated to
 * causes, expired and forfeited (GET /totals), as a bar chart (Chart.js; this page and the
 * library load only when opened) with a table of the same figures under it for screen readers
 * and for reading exact numbers, all numbers in the admin's language.
 */
export default function Statistics() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [totals, setTotals] = useState<Totals>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void apiOf(tenant)
      .GET('/api/v1/totals')
      .then(({ data }) => (data ? setTotals(data) : setFailed(true)))
      .catch(() => setFailed(true));
  }, [tenant]);
  return (
    <Page title={t('manage.statistics.title')}>
      {failed && (
        <p className="error" role="alert">
          {t('errors.network')}
        </p>
      )}
      <Participations tenant={tenant} />
      {totals && (
        <BarFigures
          id="points"
          title={t('manage.statistics.points')}
          labels={FIGURES.map((figure) => t(`manage.statistics.figure.${figure}`))}
          values={FIGURES.map((figure) => totals[figure])}
          unit={t('manage.statistics.pointsUnit')}
          rowHeader={t('manage.statistics.figureColumn')}
        />
      )}
    </Page>
  );
}

// The participations per week and category, the active residents per week and the impact
// totals of a chosen span of days, each chart with its table.
function Participations({ tenant }: { tenant: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [span, setSpan] = useState({ from: '', to: '' });
  const [figures, setFigures] = useState<Figures>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const read = async (from: string, to: string) => {
    try {
      const { data, error } = await apiOf(tenant).GET('/api/v1/statistics', {
        params: { query: { ...(from && { from }), ...(to && { to }) } },
      });
      if (data) {
        setFigures(data);
        setSpan({ from: data.from, to: data.to });
        setShown({ fields: {} });
      } else setShown(refusal(t, error as Problem, ['from', 'to']));
    } catch {
      setShown(refusal(t, undefined, []));
    }
  };
  useEffect(() => {
    void read('', '');
    // Read once on arrival; the form reads again.
  }, [tenant]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void read(span.from, span.to);
  };
  const weeks = figures?.weeks ?? [];
  // 'Week 48' within one year; with the year when the span crosses one ('Week 1, 2027').
  const years = new Set(weeks.map((week) => week.week.split('-W')[0]));
  const weekLabels = weeks.map((week) => {
    const [year, number] = week.week.split('-W');
    const options = { week: format.number(Number(number)), year };
    return years.size > 1
      ? t('manage.statistics.weekOfYear', options)
      : t('manage.statistics.week', options);
  });
  return (
    <>
      <form onSubmit={submit} noValidate className="row">
        <Field
          label={t('manage.statistics.from')}
          type="date"
          value={span.from}
          onChange={(e) => setSpan({ ...span, from: e.target.value })}
          error={shown.fields.from}
        />
        <Field
          label={t('manage.statistics.to')}
          type="date"
          value={span.to}
          onChange={(e) => setSpan({ ...span, to: e.target.value })}
          error={shown.fields.to}
        />
        <p className="actions">
          <button type="submit">{t('manage.statistics.show')}</button>
        </p>
      </form>
      <FormError message={shown.form} />
      {figures && (
        <>
          <dl className="stat-summary">
            <div>
              <dt>{t('manage.statistics.participations')}</dt>
              <dd>{format.number(figures.totals.participations)}</dd>
            </div>
            <div>
              <dt>{t('manage.statistics.active')}</dt>
              <dd>{format.number(figures.totals.activeResidents)}</dd>
            </div>
          </dl>
          <section aria-labelledby="weekly-title">
            <h2 id="weekly-title">{t('manage.statistics.perWeek')}</h2>
            <div className="chart">
              <Bar
                role="img"
                aria-label={t('manage.statistics.perWeek')}
                aria-describedby="weekly-table"
                data={{
                  labels: weekLabels,
                  datasets: CATEGORIES.map((category, at) => ({
                    label: t(`category.${category}`),
                    data: weeks.map(
                      (week) =>
                        week.categories.find((c) => c.category === category)?.participations ?? 0,
                    ),
                    backgroundColor: CATEGORY_COLOURS[at % CATEGORY_COLOURS.length],
                  })),
                }}
                options={{
                  locale: i18n.language,
                  maintainAspectRatio: false,
                  plugins: { legend: { labels: { color: '#1b1b1b' } } },
                  scales: {
                    x: { stacked: true, ticks: { color: '#1b1b1b' } },
                    y: {
                      stacked: true,
                      beginAtZero: true,
                      ticks: { color: '#1b1b1b', precision: 0 },
                    },
                  },
                }}
              />
            </div>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="weekly-title">
              <table className="stat-table" id="weekly-table">
                <caption>{t('manage.statistics.perWeek')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('manage.statistics.weekColumn')}</th>
                    {CATEGORIES.map((category) => (
                      <th key={category} scope="col" className="number">
                        {t(`category.${category}`)}
                      </th>
                    ))}
                    <th scope="col" className="number">
                      {t('manage.statistics.all')}
                    </th>
                    <th scope="col" className="number">
                      {t('manage.statistics.active')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((week, at) => (
                    <tr key={week.week}>
                      <th scope="row">{weekLabels[at]}</th>
                      {CATEGORIES.map((category) => (
                        <td key={category} className="number">
                          {format.number(
                            week.categories.find((c) => c.category === category)?.participations ??
                              0,
                          )}
                        </td>
                      ))}
                      <td className="number">{format.number(week.participations)}</td>
                      <td className="number">{format.number(week.activeResidents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <BarFigures
            id="active"
            title={t('manage.statistics.activePerWeek')}
            labels={weekLabels}
            values={weeks.map((week) => week.activeResidents)}
            unit={t('manage.statistics.active')}
            rowHeader={t('manage.statistics.weekColumn')}
            vertical
          />
          {figures.totals.impact.length > 0 && (
            <h2 id="impact-title">{t('manage.statistics.impact')}</h2>
          )}
          {figures.totals.impact.length > 0 && (
            <table className="stat-table" aria-labelledby="impact-title">
              <caption>{t('manage.statistics.impact')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('manage.statistics.unit')}</th>
                  <th scope="col" className="number">
                    {t('manage.statistics.quantity')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {figures.totals.impact.map((impact) => (
                  <tr key={impact.unit}>
                    <th scope="row">{impact.unit}</th>
                    <td className="number">{format.number(impact.quantity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}

/**
 * One chart of named figures (`labels`, `values`), titled `title`, its canvas described as an
 * image whose text alternative is the table under it (same figures, localised numbers).
 */
function BarFigures({
  id,
  title,
  labels,
  values,
  unit,
  rowHeader,
  vertical = false,
}: {
  id: string;
  title: string;
  labels: string[];
  values: number[];
  unit: string;
  rowHeader: string;
  vertical?: boolean;
}) {
  const { i18n } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="chart">
        <Bar
          role="img"
          aria-label={title}
          aria-describedby={`${id}-table`}
          data={{
            labels,
            datasets: [{ label: unit, data: values, backgroundColor: '#0b6e4f' }],
          }}
          options={{
            locale: i18n.language,
            maintainAspectRatio: false,
            indexAxis: vertical ? 'x' : 'y',
            plugins: { legend: { display: false } },
            scales: {
              [vertical ? 'y' : 'x']: {
                ticks: { color: '#1b1b1b', precision: 0 },
                beginAtZero: true,
              },
              [vertical ? 'x' : 'y']: { ticks: { color: '#1b1b1b' } },
            },
          }}
        />
      </div>
      <table className="stat-table" id={`${id}-table`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="number">
              {unit}
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, at) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="number">{format.number(values[at])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
