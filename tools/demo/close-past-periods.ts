import { DateTime } from 'luxon';
import { check, DemoApi } from './demo-system';

interface Board {
  total: number;
  period: { startsAt: string | null };
  entries: { score: number }[];
}

/** A period the demo closed: its id and its first place (name, points and bonus). */
export interface ClosedPeriodSeen {
  id: string;
  winner?: { name: string; score: number; bonus: number | null };
}

const PAGE = 100;
const CAUGHT_UP_WITHIN_MS = 90_000;

/**
 * Closes the tenant's last week and last month that began before `since` (ms, the history's
 * start) through the admin's public API, as a town whose closer ran would have: its residents'
 * late check-ins count in the periods they were made in, so these hold the history's points,
 * and their winners get their bonuses. Waits first until the all-time board holds every point
 * the ledger issued (rankings has read the history), at most CAUGHT_UP_WITHIN_MS. Answers what
 * was closed. Throws when the API refuses or rankings does not catch up.
 */
export async function closePastPeriods(
  admin: DemoApi,
  timeZone: string,
  since: number,
): Promise<ClosedPeriodSeen[]> {
  await caughtUp(admin);
  const starts = async (kind: 'week' | 'month') => {
    const board = check(await admin(`/leaderboards/people?period=${kind}&limit=1`), [200], kind);
    return DateTime.fromISO((board as unknown as Board).period.startsAt ?? '', { zone: timeZone });
  };
  const [week, month] = [await starts('week'), await starts('month')];
  const periods = [
    ...(week.toMillis() > since ? [week.minus({ days: 1 }).toFormat("kkkk-'W'WW")] : []),
    ...(month.toMillis() > since ? [month.minus({ days: 1 }).toFormat('yyyy-MM')] : []),
  ];
  const closed: ClosedPeriodSeen[] = [];
  for (const period of periods) {
    const answer = await admin(`/leaderboards/closures?period=${period}`, {}, 'POST');
    const body = check(answer, [200, 201], `close ${period}`) as {
      winners: { name: string; score: number; bonus: number | null }[];
    };
    const [first] = body.winners;
    closed.push({ id: period, ...(first && { winner: first }) });
  }
  return closed;
}

// The all-time board's points equal the ledger's issued points, twice a second apart.
async function caughtUp(admin: DemoApi): Promise<void> {
  const until = Date.now() + CAUGHT_UP_WITHIN_MS;
  let last = -1;
  while (Date.now() < until) {
    const issued = check(await admin('/totals'), [200], 'totals').issued as number;
    let onBoard = 0;
    for (let offset = 0, total = 1; offset < total; offset += PAGE) {
      const page = check(
        await admin(`/leaderboards/people?period=all&limit=${PAGE}&offset=${offset}`),
        [200],
        'all-time board',
      ) as unknown as Board;
      total = page.total;
      onBoard += page.entries.reduce((sum, entry) => sum + entry.score, 0);
    }
    if (onBoard === issued && issued === last) return;
    last = onBoard === issued ? issued : -1;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`demo: rankings did not catch up with the ledger in ${CAUGHT_UP_WITHIN_MS} ms`);
}
