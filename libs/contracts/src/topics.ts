/** One topic per producing domain, plus the inbound topic for municipality systems. */
export const Topics = {
  verification: 'citypoints.verification.v1',
  ledger: 'citypoints.ledger.v1',
  identity: 'citypoints.identity.v1',
  activities: 'citypoints.activities.v1',
  rankings: 'citypoints.rankings.v1',
  rewards: 'citypoints.rewards.v1',
  participationReported: 'citypoints.integration.participation-reported.v1',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];
