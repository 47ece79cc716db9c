import { createTestDatabase, TestDatabase } from '@citypoints/testing';
import { DataSource } from 'typeorm';
import { reasonHash } from '../core/command-verdict';
import { AccountHistory1764115200002 } from './1764115200002-account-history';
import { LedgerCommands1764115200004 } from './1764115200004-ledger-commands';

describe('LedgerCommands migration', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource({ type: 'postgres', url: database.url });
    await db.initialize();
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('records the transfers, donations and adjustments made before it, so repeats are known', async () => {
    const [ana, rui, eva] = [
      '7d4f8a52-0c1e-4b7a-9a43-2f1f6c1d0e11',
      '0b6a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
      '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
    ];
    const cause = 'cause:5b0e2a9c-3d1f-4c8e-8f7a-6a1b2c3d4e5f';
    await new AccountHistory1764115200002().up(db.createQueryRunner());
    await db.query(
      `INSERT INTO account_history (tenant_id, account_id, version, movement_id, kind, amount,
         counterparty, reason, balance_after, recorded_at) VALUES
       ('old-town', $1, 2, 'transfer:AAAAAAAA-0000-4000-8000-000000000001', 'transfer', -30, $2,
        'gift', 70, now()),
       ('old-town', $2, 1, 'transfer:AAAAAAAA-0000-4000-8000-000000000001', 'transfer', 30, $1,
        'gift', 30, now()),
       ('old-town', $1, 3, 'donate:bbbbbbbb-0000-4000-8000-000000000002', 'donate', -20, $4,
        'donation', 50, now()),
       ('old-town', $1, 4, 'adjust:cccccccc-0000-4000-8000-000000000003', 'adjust', -10,
        'system:points-issued', 'adjusted by ' || $3 || ': double scan', 40, now()),
       ('old-town', 'system:points-issued', 9, 'adjust:cccccccc-0000-4000-8000-000000000003',
        'adjust', 10, $1, 'adjusted by ' || $3 || ': double scan', -60, now())`,
      [ana, rui, eva, cause],
    );
    await new LedgerCommands1764115200004().up(db.createQueryRunner());

    expect(
      await db.query(`SELECT command_id, fingerprint, answer FROM ledger_command ORDER BY 1`),
    ).toEqual([
      {
        command_id: 'aaaaaaaa-0000-4000-8000-000000000001',
        fingerprint: {
          kind: 'transfer',
          account: ana,
          receiver: rui,
          points: 30,
          adjustedBy: null,
          reasonHash: null,
        },
        answer: { balance: 70 },
      },
      {
        command_id: 'bbbbbbbb-0000-4000-8000-000000000002',
        fingerprint: {
          kind: 'donate',
          account: ana,
          receiver: cause,
          points: 20,
          adjustedBy: null,
          reasonHash: null,
        },
        answer: { balance: 50 },
      },
      {
        command_id: 'cccccccc-0000-4000-8000-000000000003',
        fingerprint: {
          kind: 'adjust',
          account: ana,
          receiver: null,
          points: -10,
          adjustedBy: eva,
          reasonHash: reasonHash('double scan'),
        },
        answer: { balance: 40 },
      },
    ]);
  });
});
