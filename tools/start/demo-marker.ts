import { createDatabase } from '@citypoints/local-infra';
import { Client } from 'pg';

/**
 * Whether `npm start` has loaded the demo data on the Postgres server `serverUrl` names, kept in
 * that server itself (database `citypoints_start`), so that it goes with the data: servers
 * removed and started afresh have no demo and no marker. `loadedAt` is undefined until
 * `markLoaded()`.
 */
export interface DemoMarker {
  loadedAt: Date | undefined;
  markLoaded(): Promise<void>;
}

export async function demoMarker(serverUrl: string): Promise<DemoMarker> {
  const url = await createDatabase(serverUrl, 'citypoints_start');
  const rows = await query<{ loaded_at: Date }>(
    url,
    `CREATE TABLE IF NOT EXISTS demo_data (loaded_at timestamptz NOT NULL);
     SELECT loaded_at FROM demo_data ORDER BY loaded_at LIMIT 1`,
  );
  return {
    loadedAt: rows[0]?.loaded_at,
    markLoaded: async () => {
      await query(url, 'INSERT INTO demo_data (loaded_at) VALUES (now())');
    },
  };
}

async function query<Row>(url: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const results = await client.query(sql);
    // Several statements answer one result each; the last one holds the rows.
    const last = Array.isArray(results) ? results[results.length - 1] : results;
    return last.rows as Row[];
  } finally {
    await client.end();
  }
}
