/**
 * Splits `items` where the type changes: each run holds consecutive items of one type, and the
 * runs in order hold every item in order, so handing runs to handlers one after the other keeps
 * the partition's order.
 */
export function runsOfOneType<T>(items: T[], typeOf: (item: T) => string): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs.at(-1);
    if (run && typeOf(run[0]) === typeOf(item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}
