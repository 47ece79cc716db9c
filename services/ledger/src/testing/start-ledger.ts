import { Topics } from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { startTestApp, TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { AccountQueries } from '../accounts/account-queries';
import { AccountRegistry } from '../core/account-registry';
import { Ledger } from '../core/ledger';
import { AccountKind } from '../core/movable-account';
import { POINTS_ISSUED } from '../core/movement';
import { AppModule } from '../app.module';

export interface LedgerUnderTest extends TestApp {
  /** What the ledger published, read from its topic. */
  published: TopicReader;
  ledger: Ledger;
  /** The account's balance, as the internal API reads it. */
  balance(tenantId: string, accountId: string): Promise<number>;
  open(tenantId: string, accountId: string, kind?: AccountKind): Promise<void>;
  /** Credits `points` to a citizen as a verified participation would. */
  earn(tenantId: string, userId: string, points: number): Promise<void>;
}

/**
 * The ledger in the test process, on a database and topics of its own; `settings` adds to or
 * overrides its environment: given a DATABASE_URL and KAFKA_TOPIC_PREFIX, ledgers started one
 * after the other share a database (the caller's to drop), topics and consumer groups.
 */
export async function startLedger(settings: Record<string, string> = {}): Promise<LedgerUnderTest> {
  const started = await startTestApp('ledger', AppModule.forRoot, settings);
  const prefix = settings.KAFKA_TOPIC_PREFIX;
  const service = prefix ? { ...started, topic: (name: string) => prefix + name } : started;
  // A failure after the app started must stop it, or its consumers keep Jest from exiting.
  const published = await TopicReader.read(service.topic(Topics.ledger)).catch(async (error) => {
    await service.close();
    throw error;
  });
  const ledger = service.app.get(Ledger);
  const registry = service.app.get(AccountRegistry);
  const queries = service.app.get(AccountQueries);
  const open = (tenantId: string, accountId: string, kind: AccountKind = 'citizen') =>
    service.db.transaction((tx) => registry.open(tx, tenantId, accountId, kind));
  return {
    ...service,
    published,
    ledger,
    balance: (tenantId, accountId) => queries.balance(tenantId, accountId),
    open,
    earn: async (tenantId, userId, points) => {
      await open(tenantId, userId);
      await service.db.transaction((tx) =>
        ledger.record(
          {
            id: `earn:${randomUUID()}`,
            tenantId,
            kind: 'earn',
            from: POINTS_ISSUED,
            to: userId,
            amount: points,
            reason: 'participation in the beach clean-up',
            correlationId: randomUUID(),
          },
          tx,
        ),
      );
    },
    close: async () => {
      await published.close();
      await service.close();
    },
  };
}
