import { LeaderboardConsent, publicName } from './public-name';

/** A person found for a batch look-up, with what they consented to show. */
export interface ShownPerson extends LeaderboardConsent {
  userId: string;
}

/**
 * Each asked-for id with the name its person consented to show (publicName), or null: for a
 * person who chose to be left out, an erased person, and an id the tenant does not know alike,
 * so that the answer never tells which. `found` holds the people of the tenant among the ids.
 */
export function publicNamesOf(
  userIds: readonly string[],
  found: readonly ShownPerson[],
): Record<string, string | null> {
  const shown = new Map(found.map((person) => [person.userId, publicName(person)]));
  return Object.fromEntries(userIds.map((userId) => [userId, shown.get(userId) ?? null]));
}
