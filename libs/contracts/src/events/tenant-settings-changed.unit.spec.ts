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
  accepts: [
    { pointsExpiryMonths: null },
    { leaderboardBonuses: [] },
    {
      defaultLocale: 'sv',
      maxActivityPoints: 500,
      verification: {
        maxAccuracyMetres: 50,
        lateCheckInHours: 48,
        maxTravelKmh: 150,
        reviewAccuracyMetres: 30,
        reviewPointsAtLeast: null,
      },
    },
  ],
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
    [{ defaultLocale: 'de' }, 'data.defaultLocale: defaultLocale must be one of'],
    [{ maxActivityPoints: 0 }, 'data.maxActivityPoints'],
    [
      {
        verification: {
          maxAccuracyMetres: 2,
          lateCheckInHours: 24,
          maxTravelKmh: 200,
          reviewAccuracyMetres: null,
          reviewPointsAtLeast: null,
        },
      },
      'data.verification.maxAccuracyMetres: maxAccuracyMetres must not be less than 5',
    ],
  ],
});
