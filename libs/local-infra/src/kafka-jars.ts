import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { run } from './run';
import { workspaceRoot } from './workspace-root';

/**
 * The folder of the Kafka broker's jars, fetched from Maven Central once per version. Maven
 * fills a side folder that is renamed into place only with its completion marker inside, so a
 * fetch that died half-way is never used, and parallel first runs cannot corrupt each other.
 */
export async function kafkaJars(): Promise<string> {
  const pom = join(workspaceRoot(), 'deploy/local/kafka/pom.xml');
  const cacheRoot = join(workspaceRoot(), '.infra/cache');
  const cached = join(cacheRoot, `kafka-${kafkaVersion(pom)}`);
  const marker = join(cached, 'complete');
  if (existsSync(marker)) return join(cached, 'libs');

  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(`${cached}.fetching-`);
  try {
    // mkdtemp makes it private, but the jars are public and any account may run the broker.
    chmodSync(staging, 0o755);
    await run('mvn', [
      ...['-q', '-B', '-f', pom, 'dependency:copy-dependencies'],
      ...['-DincludeScope=runtime', `-DoutputDirectory=${join(staging, 'libs')}`],
    ]);
    writeFileSync(join(staging, 'complete'), `fetched with ${pom}\n`);
    moveIntoPlace(staging, cached);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return join(cached, 'libs');
}

function kafkaVersion(pom: string): string {
  const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(pom, 'utf8'));
  if (!version) throw new Error(`${pom} does not set <kafka.version>`);
  return version[1];
}

function moveIntoPlace(staging: string, cached: string): void {
  try {
    renameSync(staging, cached);
  } catch (error) {
    // Another run finished the same fetch first; its copy is as good as ours.
    if (!existsSync(join(cached, 'complete'))) throw error;
  }
}
