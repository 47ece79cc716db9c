import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { apiOf, loadSession } from '../session/session';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { previousPeriodId } from './past-period';

type Entry = components['schemas']['LeaderboardEntryDto'];
type GroupStanding = components['schemas']['MyGroupStandingDto'];
type Winner = components['schemas']['ClosedPersonStandingDto'];
type Period = 'week' | 'month' | 'year' | 'all';
const PERIODS: readonly Period[] = ['week', 'month', 'year', 'all'];

/**
 * The people's leaderboard of a running period: the top ten and the resident's own place with
 * the two people above and below them, each named as they consented; when it starts again;
 * the resident's groups' places; and the winners of the period before, with their bonuses.
 */
export function Boards() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const format = useFormat();
  const [period, setPeriod] = useState<Period>('week');
  const [top, setTop] = useState<Entry[]>();
  const [around, setAround] = useState<Entry[] | null>();
  const [resetAt, setResetAt] = useState<string | null>(null);
  const [groups, setGroups] = useState<GroupStanding[]>([]);
  const [past, setPast] = useState<{ id: string; winners: Winner[] | null }>();
  const me = loadSession(tenant)?.userId;
  useEffect(() => {
    const api = apiOf(tenant);
    void Promise.all([
      api.GET('/api/v1/leaderboards/people', { params: { query: { period, limit: 10 } } }),
      api.GET('/api/v1/leaderboards/people/me', { params: { query: { period, span: 2 } } }),
      api.GET('/api/v1/leaderboards/groups/mine', { params: { query: { period } } }),
    ]).then(async ([board, mine, myGroups]) => {
      setTop(board.data?.entries ?? []);
      setResetAt(board.data?.period.nextResetAt ?? null);
      const standing = mine.data;
      setAround(standing?.entry ? [...standing.above, standing.entry, ...standing.below] : null);
      setGroups(myGroups.data?.groups ?? []);
      const running = board.data?.period;
      if (period === 'all' || !running?.startsAt) return setPast(undefined);
      const id = previousPeriodId(period, running.startsAt, running.timeZone);
      const closed = await api.GET('/api/v1/leaderboards/past', {
        params: { query: { period: id } },
      });
      // The final podium: the winners when bonuses were paid, else the first places.
      const podium = closed.data?.winners.length
        ? closed.data.winners
        : closed.data?.people.entries.slice(0, 3);
      setPast({ id, winners: podium ?? null });
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
      {groups.length > 0 && (
        <table className="board">
          <caption>{t('boards.myGroups')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('boards.place')}</th>
              <th scope="col">{t('boards.group')}</th>
              <th scope="col">{t('boards.score')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.groupId}>
                <td>{group.entry ? format.number(group.entry.place) : '–'}</td>
                <td>{group.name}</td>
                <td>{format.number(group.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {past && (
        <section aria-labelledby="past">
          <h2 id="past">{t('boards.pastWinners', { period: past.id })}</h2>
          {!past.winners?.length ? (
            <p>{t('boards.noWinners')}</p>
          ) : (
            <ol className="list" data-testid="past-winners">
              {past.winners.map((winner) => (
                <li key={winner.userId}>
                  <span>
                    {t('boards.placeN', { place: winner.place })}{' '}
                    <strong>
                      {winner.anonymous || !winner.name ? t('boards.anonymous') : winner.name}
                    </strong>
                  </span>
                  <span>
                    {t('home.points', { count: winner.score })}
                    {winner.bonus ? ` · ${t('boards.bonus', { count: winner.bonus })}` : ''}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </Page>
  );
}
