import {
  MessagingTables1764028800000,
  OutboxTraceContext1796515200000,
} from '@citypoints/messaging';
import { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions, MigrationInterface } from 'typeorm';

// Replicas starting together would race to apply the same migrations; this lock lets one
// apply them while the others wait and then find nothing left to do.
const MIGRATION_LOCK = 7_301_880_002;

/**
 * The service's own Postgres database. Schemas change only through migrations, which run at
 * start-up; the messaging tables (outbox, processed messages) come first.
 */
export function databaseModule(
  url: string,
  migrations: (new () => MigrationInterface)[],
): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: () => ({
      type: 'postgres',
      url,
      migrations: [MessagingTables1764028800000, OutboxTraceContext1796515200000, ...migrations],
      synchronize: false,
      autoLoadEntities: true,
      // waitForDependencies has already checked that the database answers: fail fast here.
      retryAttempts: 0,
    }),
    dataSourceFactory: async (options) =>
      migrate(await new DataSource(options as DataSourceOptions).initialize()),
  });
}

async function migrate(db: DataSource): Promise<DataSource> {
  const lock = db.createQueryRunner();
  await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await db.runMigrations({ transaction: 'all' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await lock.release();
  }
  return db;
}
