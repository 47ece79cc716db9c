import { memoryInUse } from '@citypoints/cluster';
import { gibibytes, mebibytes } from './step-lines';

/**
 * What the cluster holds in RAM, by group of processes (the services together, then each
 * server with its children, such as Postgres's backends): the sum of their resident set sizes,
 * which counts a page shared by several processes (Postgres's shared buffers, Node's own code)
 * once in each; and beside it the sum of their proportional set sizes, which counts it once.
 */
export function describeMemory(groups: Record<string, readonly number[]>): string {
  const measured = Object.entries(groups).map(([name, pids]) => ({
    name,
    ...memoryInUse(pids),
  }));
  const total = (key: 'resident' | 'proportional') =>
    measured.reduce((sum, group) => sum + group[key], 0);
  const parts = measured.map(({ name, resident }) => `${name} ${mebibytes(resident)}`);
  return (
    `${gibibytes(total('resident'))} resident at rest (${parts.join(', ')}; ` +
    `${gibibytes(total('proportional'))} with shared pages counted once)`
  );
}
