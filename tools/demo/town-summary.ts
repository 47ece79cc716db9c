import { check, DemoApi } from './demo-system';
import { DemoPartnerSeeded } from './seed-rewards';

/** One line of what the town holds, as its admin reads it from the public API. */
export async function townSummary(
  slug: string,
  admin: DemoApi,
  residents: number,
  groups: number,
  partners: DemoPartnerSeeded[],
): Promise<string> {
  type State = { state: string };
  const published = (list: unknown) => (list as State[]).filter((x) => x.state === 'published');
  const activities = published(check(await admin('/activities'), [200], 'list').activities);
  const offers = published(check(await admin('/offers'), [200], 'list').offers);
  const causes = published(check(await admin('/causes'), [200], 'list').causes);
  const totals = check(await admin('/totals'), [200], 'totals');
  let issued = 0;
  let used = 0;
  for (const partner of partners) {
    const statistics = check(
      await admin(`/partners/${partner.partnerId}/statistics`),
      [200],
      'statistics',
    ) as { totals: { issued: number; used: number } };
    issued += statistics.totals.issued;
    used += statistics.totals.used;
  }
  return (
    `${slug}: ${activities.length} activities, ${residents} residents, ${groups} groups, ` +
    `${partners.length} partners with ${offers.length} offers, ${causes.length} causes, ` +
    `vouchers ${issued} issued / ${used} used, ${totals.issued as number} points issued`
  );
}
