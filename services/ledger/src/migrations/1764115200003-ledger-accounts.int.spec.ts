import { createTestDatabase, TestDatabase } from '@citypoints/testing';
import { DataSource } from 'typeorm';
import { AccountBalances1764115200001 } from './1764115200001-account-balances';
import { LedgerAccounts1764115200003 } from './1764115200003-ledger-accounts';

describe('LedgerAccounts migration', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [AccountBalances1764115200001, LedgerAccounts1764115200003],
    });
    await db.initialize();
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('opens an account for every citizen and cause that already holds points', async () => {
    await new AccountBalances1764115200001().up(db.createQueryRunner());
    await db.query(`
      INSERT INTO account_balance (tenant_id, account_id, balance, version) VALUES
        ('old-town', '7d4f8a52-0c1e-4b7a-9a43-2f1f6c1d0e11', 40, 1),
        ('old-town', 'cause:5b0e2a9c-3d1f-4c8e-8f7a-6a1b2c3d4e5f', 10, 1),
        ('old-town', 'system:points-issued', -50, 2)`);
    await new LedgerAccounts1764115200003().up(db.createQueryRunner());
    expect(
      await db.query(`SELECT account_id, kind, closed_at FROM ledger_account ORDER BY kind`),
    ).toEqual([
      { account_id: 'cause:5b0e2a9c-3d1f-4c8e-8f7a-6a1b2c3d4e5f', kind: 'cause', closed_at: null },
      { account_id: '7d4f8a52-0c1e-4b7a-9a43-2f1f6c1d0e11', kind: 'citizen', closed_at: null },
    ]);
  });
});
