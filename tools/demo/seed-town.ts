import { closePastPeriods } from './close-past-periods';
import { DemoSystem } from './demo-system';
import { makeHistory } from './make-history';
import { EARLIEST_HOURS } from './plan-visits';
import { seedActivities } from './seed-activities';
import { seedRewards } from './seed-rewards';
import { setUpTenant } from './set-up-tenant';
import { residentAccounts, signUpResidents } from './sign-up-residents';
import { DemoTown } from './town';
import { townSummary } from './town-summary';

/** How the demo loads a town: its residents, their client addresses, how many at once. */
export interface TownLoad {
  residents: number;
  /** The second byte of the residents' client addresses, 127.<block>.x.y: one per town. */
  block: number;
  width: number;
  kafkaBrokers: string;
}

/**
 * Loads one town through the public API and the integration topic, as its people would: the
 * tenant with its admin, steward and rules, its activities, partners and causes, then its
 * residents and their past week, and closes the periods that week reached into (past winners,
 * their bonuses paid). On a later start (its first resident exists already) it
 * adds no more history. Answers the lines to print: what the town holds, and how to sign in.
 */
export async function seedTown(
  town: DemoTown,
  system: DemoSystem,
  load: TownLoad,
): Promise<string[]> {
  const now = Date.now();
  const log = (what: string) => console.log(`  ${town.slug}: ${what} (${elapsed(now)})`);
  const admin = await setUpTenant(town, system);
  const activities = await seedActivities(admin, town.activities(now));
  const { partners, causeIds } = await seedRewards(town, system, admin, now);
  log(`${activities.length} activities, ${partners.length} partners`);
  const accounts = residentAccounts(town, load.residents);
  const { residents, fresh } = await signUpResidents(
    town,
    system,
    accounts,
    load.block,
    load.width,
  );
  log(fresh ? `${residents.length} residents signed in` : 'there already: no more history');
  if (fresh) {
    const until = Math.floor(now / HOUR) * HOUR;
    const { width, kafkaBrokers } = load;
    const inputs = { activities, residents, partners, causeIds, until, width, kafkaBrokers };
    await makeHistory(town, system, inputs, log);
    const closed = await closePastPeriods(admin, town.timeZone, until - EARLIEST_HOURS * HOUR);
    const winners = closed.map(({ id, winner }) =>
      winner ? `${id} won by ${winner.name} (${winner.score} points)` : `${id} without points`,
    );
    log(`closed ${winners.join(', ') || 'no past period'}`);
  }
  const [staff] = town.partners(now);
  return [
    await townSummary(town.slug, admin, accounts.length, town.groups.length, partners),
    `  sign in to ${town.slug}: ` +
      [
        `resident ${town.knownResidents[0].email} / ${town.knownResidents[0].password}`,
        `admin ${town.admin.email} / ${town.admin.password}`,
        `partner staff (${staff.name}) ${staff.staff.email} / ${staff.staff.password}`,
        `steward ${town.steward.email} / ${town.steward.password}`,
        `another resident ${accounts[1].email} / ${town.residentPassword} (all made-up residents share it)`,
      ].join('; '),
  ];
}

const HOUR = 3_600_000;

function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
