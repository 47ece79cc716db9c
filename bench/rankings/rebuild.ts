import { serviceEnvironment, testSecrets } from '@citypoints/cluster';
import { Connection, workspaceRoot } from '@citypoints/local-infra';
import { spawn } from 'node:child_process';

/** What `npm run rankings:rebuild` reported, and how long its process ran. */
export interface RebuildRun {
  /** PointsEarned and BonusAwarded of the tenant replayed (from its last line). */
  scoresApplied: number;
  /** Ledger messages read, of every type. */
  messagesRead: number;
  /** The rebuild's own time, from its last line: deleting keys, then the replay. */
  seconds: number;
  /** The process's, with start-up (compiling, connecting) and shut-down. */
  processSeconds: number;
}

// main.ts's last line: `rebuilt <tenant> from <n> scores (<m> ledger messages) in <s> s`.
const RESULT = /rebuilt \S+ from (\d+) scores \((\d+) ledger messages\) in ([\d.]+) s/;

/**
 * Runs `npm run rankings:rebuild -- --tenant <tenant>` as an operator would, with rankings'
 * settings `env`; its output goes to this process's stderr. Throws unless it exits 0 with its
 * result line.
 */
export async function runRebuild(tenant: string, env: Record<string, string>): Promise<RebuildRun> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'rankings:rebuild', '--', '--tenant', tenant], {
    cwd: workspaceRoot(),
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk;
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const processSeconds = (performance.now() - started) / 1000;
  const result = RESULT.exec(output);
  if (code !== 0 || !result) throw new Error(`the rebuild exited with ${code}`);
  return {
    scoresApplied: Number(result[1]),
    messagesRead: Number(result[2]),
    seconds: Number(result[3]),
    processSeconds: Math.round(processSeconds * 10) / 10,
  };
}

/** The settings rankings ran with in the cluster, for its rebuild. */
export function rankingsEnvironment(
  servers: Pick<Connection, 'REDIS_URL' | 'KAFKA_BROKERS'>,
  databaseUrl: string | undefined,
  prefix: string,
) {
  return serviceEnvironment('rankings', {
    connection: servers,
    databaseUrl,
    secrets: testSecrets(),
    urls: {},
    prefix,
  });
}
