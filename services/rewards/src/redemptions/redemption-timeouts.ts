import { appendToOutbox } from '@citypoints/messaging';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RewardsConfig } from '../rewards-config';
import { decideTimeout } from './decide-timeout';
import { failedMessage, requestedMessage } from './redemption-messages';
import * as store from './redemptions.store';

const BATCH = 100;

/**
 * Resolves redemptions the ledger has not answered: every REDEMPTION_CHECK_INTERVAL_SECONDS
 * (0: never), a redemption pending REDEMPTION_TIMEOUT_SECONDS since its last ask is asked again
 * (RedemptionRequested under a new event id, same redemption id: the ledger debits it at most
 * once), and after REDEMPTION_MAX_ASKS asks failed as `timed-out` with RedemptionFailed, its
 * unit back on sale. Replicas may run at once: each takes the rows it locks, skipping the
 * others' (FOR UPDATE SKIP LOCKED). One run at a time; shutdown waits for a running one.
 */
@Injectable()
export class RedemptionTimeouts implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RedemptionTimeouts.name);
  private timer?: NodeJS.Timeout;
  private running: Promise<number> = Promise.resolve(0);
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly config: RewardsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REDEMPTION_CHECK_INTERVAL_SECONDS > 0) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Resolves what has timed out by `now`; answers how many redemptions it acted on. */
  runOnce(now = new Date()): Promise<number> {
    this.running = this.running
      .then(() => this.resolveAll(now))
      .catch((error) => {
        this.logger.error(`the redemption timeout check failed: ${error}`);
        return 0;
      });
    return this.running;
  }

  private async resolveAll(now: Date): Promise<number> {
    const askedBefore = new Date(now.getTime() - this.config.REDEMPTION_TIMEOUT_SECONDS * 1000);
    let total = 0;
    for (;;) {
      const acted = await this.db.transaction(async (tx) => {
        const overdue = await store.lockOverdue(tx, askedBefore, BATCH);
        for (const r of overdue) {
          if (decideTimeout(r.asks, this.config.REDEMPTION_MAX_ASKS) === 'ask-again') {
            await store.recordAsk(tx, r, now);
            await appendToOutbox(tx, [requestedMessage(r)]);
          } else {
            await store.resolveRedemption(tx, r, now, 'timed-out');
            await appendToOutbox(tx, [failedMessage(r, 'timed-out')]);
          }
        }
        return overdue.length;
      });
      total += acted;
      if (acted < BATCH) return total;
    }
  }

  private schedule(): void {
    this.timer = setTimeout(async () => {
      await this.runOnce();
      if (!this.stopped) this.schedule();
    }, this.config.REDEMPTION_CHECK_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }
}
