import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts `<name>.worker` of this folder in a worker thread with `workerData`: the `.js` file
 * once built, the `.ts` one from the sources (npm scripts, tests), compiled as they are, by
 * @swc-node/register.
 */
export function startWorker(name: string, workerData: unknown): Worker {
  const extension = extname(__filename);
  return new Worker(join(__dirname, `${name}.worker${extension}`), {
    workerData,
    execArgv: extension === '.ts' ? ['-r', require.resolve('@swc-node/register')] : [],
  });
}
