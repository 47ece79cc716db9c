import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { apiOf, loadSession } from '../session/session';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';

type Entry = components['schemas']['LeaderboardEntryDto'];
type Period = 'week' | 'month' | 'year' | 'all';
const PERIODS: readonly Period[] = ['week', 'month', 'year', 'all'];

/**
 * The people's leaderboard of a running period: the top ten and the resident's own place with
 * the two people above and below them, each named as they consented; when it starts again.
 */
export function Boards() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const format = useFormat();
  const [period, setPeriod] = useState<Period>('week');
  const [top, setTop] = useState<Entry[]>();
  const [around, setAround] = useState<Entry[] | null>();
  const [resetAt, setResetAt] = useState<string | null>(null);
  const me = loadSession(tenant)?.userId;
  useEffect(() => {
    const api = apiOf(tenant);
    void Promise.all([
      api.GET('/api/v1/leaderboards/people', { params: { query: { period, limit: 10 } } }),
      api.GET('/api/v1/leaderboards/people/me', { params: { query: { period, span: 2 } } }),
    ]).then(([board, mine]) => {
      setTop(board.data?.entries ?? []);
      setResetAt(board.data?.period.nextResetAt ?? null);
      const standing = mine.data;
      setAround(standing?.entry ? [...standing.above, standing.entry, ...standing.below] : null);
    });
  }, [tenant, period]);
  const table = (caption: string, entries: Entry[]) => (
    <table className="board">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('boards.place')}</th>
          <th scope="col">{t('boards.name')}</th>
          <th scope="col">{t('boards.score')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.userId} className={entry.userId === me ? 'me' : undefined}>
            <td>{format.number(entry.place)}</td>
            <td>
              {entry.anonymous || !entry.name ? t('boards.anonymous') : entry.name}
              {entry.userId === me && ` (${t('boards.you')})`}
            </td>
            <td>{format.number(entry.score)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Page title={t('boards.title')}>
      <div className="segmented" role="group" aria-label={t('boards.period')}>
        {PERIODS.map((p) => (
          <button key={p} type="button" aria-pressed={p === period} onClick={() => setPeriod(p)}>
            {t(`boards.${p}`)}
          </button>
        ))}
      </div>
      {resetAt && <p className="hint">{t('boards.resets', { time: format.dateTime(resetAt) })}</p>}
      {top?.length === 0 && <p>{t('boards.empty')}</p>}
      {top && top.length > 0 && table(t('boards.top'), top)}
      {around === null && <p>{t('boards.unranked')}</p>}
      {around && table(t('boards.me'), around)}
    </Page>
  );
}
