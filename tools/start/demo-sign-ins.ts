import { DemoTown } from '../demo/town';

/**
 * How to sign in to `town` as each role of the demo, one line each: a resident, the tenant
 * admin, a steward and a partner's counter staff, with their email and password.
 */
export function demoSignIns(town: DemoTown, now: number): string[] {
  const [resident] = town.knownResidents;
  const [partner] = town.partners(now);
  const accounts = [
    ['resident', resident.email, resident.password],
    ['tenant admin', town.admin.email, town.admin.password],
    ['steward', town.steward.email, town.steward.password],
    ['partner staff', partner.staff.email, `${partner.staff.password}  (${partner.name})`],
  ];
  const width = Math.max(...accounts.map(([, email]) => email.length));
  return [
    `${town.name}, tenant ${town.slug}:`,
    ...accounts.map(
      ([role, email, password]) => `  ${role.padEnd(15)}${email.padEnd(width)}  ${password}`,
    ),
  ];
}
