/** Where a run of a board's entries begins: the 1-based position and the place of its first. */
export interface RunStart {
  position: number;
  place: number;
}

/**
 * The places of consecutive entries of a leaderboard, given their scores best first, by
 * standard competition ranking ("1224"): equal scores share a place, and the place after a tie
 * skips as many as shared it, so 101, 100, 100, 99 are 1, 2, 2, 4. A page that does not start
 * at the top gives where it starts: its first entry's position, and its place (1 + the number
 * of entries scoring more, which may be above the page).
 */
export function rankPlaces(
  scores: readonly number[],
  start: RunStart = { position: 1, place: 1 },
): number[] {
  const places: number[] = [];
  scores.forEach((score, i) => {
    if (i === 0) places.push(start.place);
    else places.push(score === scores[i - 1] ? places[i - 1] : start.position + i);
  });
  return places;
}
