import { Client } from 'pg';
import { createTestDatabase } from './create-test-database';

describe('createTestDatabase', () => {
  async function query(url: string, sql: string) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it('gives each caller an empty database of its own and drops it afterwards', async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    expect(first.url).not.toBe(second.url);
    await query(first.url, 'CREATE TABLE only_here (id int)');
    const [{ tables }] = await query(
      second.url,
      `SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_name = 'only_here'`,
    );
    expect(tables).toBe(0);

    await Promise.all([first.drop(), second.drop()]);
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow(/does not exist/);
  });
});
