import { PlaceAward } from '@citypoints/contracts';

/**
 * One award per person: a bonus is paid once per scope, period and person (issue 9, item 9), so
 * a person with two places in one report (members of two placed groups) gets the larger award,
 * the better place on a tie. Keeps the order in which people first appear.
 */
export function bestAwards(awards: readonly PlaceAward[]): PlaceAward[] {
  const best = new Map<string, PlaceAward>();
  for (const award of awards) {
    const current = best.get(award.userId);
    if (!current || better(award, current)) best.set(award.userId, award);
  }
  return [...best.values()];
}

function better(award: PlaceAward, than: PlaceAward): boolean {
  return award.points > than.points || (award.points === than.points && award.place < than.place);
}
