/** One topic per producing domain, plus the inbound topic for municipality systems. */
export const Topics = {
  identity: 'citypoints.identity.v1',
  activities: 'citypoints.activities.v1',
  verification: 'citypoints.verification.v1',
  ledger: 'citypoints.ledger.v1',
  rankings: 'citypoints.rankings.v1',
  rewards: 'citypoints.rewards.v1',
  participationReported: 'citypoints.integration.participation-reported.v1',
} as const;

/** Where a consumer puts what it cannot handle, with the reason in the headers. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlt`;
}
