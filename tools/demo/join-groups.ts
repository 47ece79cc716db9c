import { check } from './demo-system';
import { inParallel } from './in-parallel';
import { Resident } from './sign-up-residents';
import { DemoTown } from './town';

/**
 * The town's groups through the gateway: residents 1 to 5 found one each, and of the others
 * four in five join one by its invite code, the school class fewer than the neighbourhoods.
 * Answers how many joined. Before any check-in, so that their points count for their group.
 */
export async function joinGroups(
  town: DemoTown,
  residents: Resident[],
  width: number,
): Promise<number> {
  const founders = residents.slice(1, town.groups.length + 1);
  const codes = await Promise.all(
    founders.map(async (founder, i) => {
      const group = check(await founder.api('/groups', town.groups[i]), [201], 'group');
      return group.inviteCode as string;
    }),
  );
  const joiners = residents.filter((r) => r.index === 0 || r.index > founders.length);
  const joined = await inParallel(joiners, width, async (resident) => {
    const slot = (resident.index * 7) % 10;
    if (slot >= 8) return 0;
    // Slots 0-1 the school class, 2-7 the other four groups.
    const group = slot < 2 ? 0 : 1 + ((slot - 2) % 4);
    check(
      await resident.api('/groups/memberships', { inviteCode: codes[group] }),
      [200, 201],
      'group membership',
    );
    return 1;
  });
  return founders.length + joined.reduce((sum: number, n) => sum + n, 0);
}
