// Recreates the leaderboards from the ledger's events: `npm run rankings:rebuild -- [--tenant <id>]`,
// with rankings' own settings in the environment (DATABASE_URL, REDIS_URL, REDIS_KEY_PREFIX,
// KAFKA_BROKERS, KAFKA_TOPIC_PREFIX), as the service reads them.
import 'reflect-metadata';
import { loadConfig } from '@citypoints/platform';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { RankingsConfig } from '../rankings-config';
import { RebuildBoards } from './rebuild-boards';
import { tenantArgument } from './tenant-argument';

async function main(): Promise<void> {
  const tenantId = tenantArgument(process.argv.slice(2));
  // No periodic close while rebuilding: it would race the replay's boards.
  const config = Object.assign(loadConfig(RankingsConfig), { CLOSE_INTERVAL_SECONDS: 0 });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn', 'log'],
  });
  try {
    const started = performance.now();
    const result = await app.get(RebuildBoards).run(tenantId);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `rebuilt ${tenantId ?? 'every tenant'} from ${result.scoresApplied} scores ` +
        `(${result.messagesRead} ledger messages) in ${seconds.toFixed(1)} s`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(`rebuild failed: ${(error as Error).message}`);
  process.exit(1);
});
