import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { LeaderboardPeriodClosed } from './leaderboard-period-closed';

const award = () => ({ place: 1, userId: randomUUID(), points: 100 });

describeEventSchema({
  type: LeaderboardPeriodClosed,
  topic: Topics.rankings,
  valid: () => ({ scope: 'individual', period: '2026-W48', awards: [award()] }),
  accepts: [{ awards: [] }, { scope: 'group', period: '2026-11' }],
  refuses: [
    [{ scope: 'city' }, 'data.scope: scope must be one of the following values'],
    [{ period: '2026/11' }, 'data.period: period must be 1 to 40 letters, digits or dashes'],
    [{ awards: [{ ...award(), place: 0 }] }, 'data.awards.0.place: place must not be less than 1'],
    [{ awards: [{ ...award(), points: -5 }] }, 'data.awards.0.points: points must be a positive'],
    [{ awards: [{ ...award(), userId: 'x' }] }, 'data.awards.0.userId: userId must be a UUID'],
    [{ awards: 'all' }, 'data.awards'],
  ],
});
