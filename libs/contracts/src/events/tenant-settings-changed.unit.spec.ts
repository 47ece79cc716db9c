import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { TenantSettingsChanged } from './tenant-settings-changed';

describeEventSchema({
  type: TenantSettingsChanged,
  topic: Topics.identity,
  valid: () => ({
    timeZone: 'Europe/Stockholm',
    pointsExpiryMonths: 12,
    leaderboardBonuses: [{ rank: 1, points: 100 }],
  }),
  accepts: [{ pointsExpiryMonths: null }, { leaderboardBonuses: [] }],
  refuses: [
    [{ timeZone: 'Mars/Olympus' }, 'data.timeZone: timeZone must be a valid IANA time-zone'],
    [
      { pointsExpiryMonths: 0 },
      'data.pointsExpiryMonths: pointsExpiryMonths must not be less than 1',
    ],
    [
      { pointsExpiryMonths: 121 },
      'data.pointsExpiryMonths: pointsExpiryMonths must not be greater',
    ],
    [{ leaderboardBonuses: [{ rank: 0, points: 5 }] }, 'data.leaderboardBonuses.0.rank'],
  ],
});
