import { BoardRef } from '../core/rankings-keys';
import { periodAt } from '../periods/leaderboard-period';
import { boardsOf } from '../scores/boards-of';
import { periodTimeOf, Score } from '../scores/score';

const CALENDAR_KINDS = ['week', 'month', 'year'] as const;

/**
 * A tenant's boardsOf, those of `closed` periods (ids) left out, as the rebuild asks for them
 * score after score: remembered, per category, for the stretch of time in which the week, the
 * month and the year (by `timeZone`, IANA) stay the same, since the scores of a replay mostly
 * fall in the stretch of the one before. The same boards (and the same objects) as long as
 * they are the same. Throws a RangeError for a time zone luxon does not know (see periodAt).
 */
export class OpenBoards {
  private from = Infinity;
  private until = -Infinity;
  private readonly byCategory = new Map<string, readonly BoardRef[]>();

  constructor(
    private readonly timeZone: string,
    private readonly closed: ReadonlySet<string> = new Set(),
  ) {}

  /** The open boards the score adds to: see boardsOf. */
  of(score: Score): readonly BoardRef[] {
    const instant = periodTimeOf(score);
    const time = instant.getTime();
    if (time < this.from || time >= this.until) this.enter(instant);
    const category = score.category ?? '';
    let boards = this.byCategory.get(category);
    if (!boards) {
      boards = boardsOf(score, this.timeZone).filter((b) => !this.closed.has(b.periodId));
      this.byCategory.set(category, boards);
    }
    return boards;
  }

  // The stretch of `instant`: from the latest start of its periods to their earliest reset.
  private enter(instant: Date): void {
    this.byCategory.clear();
    this.from = -Infinity;
    this.until = Infinity;
    for (const kind of CALENDAR_KINDS) {
      const { startsAt, nextResetAt } = periodAt(kind, instant, this.timeZone);
      this.from = Math.max(this.from, startsAt?.getTime() ?? -Infinity);
      this.until = Math.min(this.until, nextResetAt?.getTime() ?? Infinity);
    }
  }
}
