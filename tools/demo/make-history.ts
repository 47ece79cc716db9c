import { DemoSystem, signIn } from './demo-system';
import { joinGroups } from './join-groups';
import { makeCheckIns } from './make-check-ins';
import { planVisits } from './plan-visits';
import { seeded } from './random';
import { reportFaults } from './report-faults';
import { DemoActivity } from './seed-activities';
import { DemoPartnerSeeded } from './seed-rewards';
import { Resident } from './sign-up-residents';
import { spendPoints } from './spend-points';
import { stewardVisits } from './steward-visits';
import { DemoTown } from './town';

/** What the history of a town is made with. */
export interface HistoryInputs {
  activities: DemoActivity[];
  residents: Resident[];
  partners: DemoPartnerSeeded[];
  causeIds: string[];
  /** The whole hour the history ends at, ms: the same on starts within the hour. */
  until: number;
  width: number;
  kafkaBrokers: string;
}

/**
 * The residents' past week, through the public API and the integration topic: they join
 * groups (first, so that their points count for them), send the check-ins of their visits
 * late, as offline phones do; the fault-report system reports faults; the steward confirms
 * some at the animal shelter, now; then they redeem, the counters use vouchers, and they
 * donate. `log` says how far it got.
 */
export async function makeHistory(
  town: DemoTown,
  system: DemoSystem,
  inputs: HistoryInputs,
  log: (what: string) => void,
): Promise<void> {
  const { activities, residents, until, width } = inputs;
  await joinGroups(town, residents, width);
  const plans = residents.map((resident) => ({
    resident,
    visits: planVisits(activities, town.timeZone, until, seeded(`${town.slug}:${resident.index}`)),
  }));
  const earned = await makeCheckIns(town.slug, plans, width);
  const visits = plans.reduce((sum, plan) => sum + plan.visits.length, 0);
  const points = [...earned.values()].reduce((sum, n) => sum + n, 0);
  log(`${visits} check-ins sent, ${points} points verified`);
  const reports = await reportFaults(
    inputs.kafkaBrokers,
    town.slug,
    town.reportSource,
    activities.find((a) => a.spec.use === 'report')?.activityId ?? '',
    residents,
    until,
    seeded(`${town.slug}:faults`),
  );
  const steward = (await signIn(town.slug, system, town.steward)).api;
  const shelter = activities.find(
    (a) => a.spec.use === 'steward' && a.spec.body.schedule.kind === 'always',
  );
  const confirmed = await stewardVisits(
    town.slug,
    steward,
    shelter?.activityId ?? '',
    residents.filter((r) => r.index % 13 === 2),
  );
  log(`${reports} fault reports on the integration topic, ${confirmed} steward check-ins`);
  const { partners, causeIds } = inputs;
  const spent = await spendPoints(town.slug, residents, earned, partners, causeIds, width);
  log(`${spent.vouchers} vouchers, ${spent.used} used, ${spent.donations} donations`);
}
