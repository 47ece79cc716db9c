// Rebuilds the ledger's projections from its event store: `npm run ledger:rebuild`, with the
// ledger's DATABASE_URL in the environment.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { rebuildProjections } from './core/rebuild-projections';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const db = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const started = performance.now();
    const entries = await rebuildProjections(db);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `rebuilt balances and history from ${entries} account entries in ${seconds.toFixed(1)} s`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(`rebuild failed: ${(error as Error).message}`);
  process.exit(1);
});
