import { createDatabase, dropDatabase } from '@citypoints/local-infra';
import { randomUUID } from 'node:crypto';
import { testConnection } from './test-connection';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of its own for one test file, so test files can run in parallel. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testConnection().DATABASE_URL;
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  return {
    url: await createDatabase(serverUrl, name),
    drop: () => dropDatabase(serverUrl, name),
  };
}
