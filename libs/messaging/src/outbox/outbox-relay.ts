import { CloudEvent } from '@citypoints/contracts';
import { Logger } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { messagingMetrics } from '../messaging-metrics';
import { watchOutbox } from '../metrics/outbox-backlog';
import { OutboxMessage, OutboxPublisher } from './outbox-message';

export interface OutboxRelayOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  /** Published rows are kept this long for inspection, then deleted. */
  retentionHours?: number;
}

// One relay per database publishes at a time, so that events of one key leave in order even
// when the service runs as several replicas. The others wait on this session-level lock.
const RELAY_LOCK = 7_301_880_001;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Publishes committed outbox rows to Kafka in position order and marks them sent; while it
 * runs, /metrics reports the rows still waiting (citypoints_outbox_backlog). A crash
 * between publishing and marking re-publishes the rows on restart: consumers are idempotent.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retentionHours: number;
  private leader?: QueryRunner;
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private lastPrune = 0;
  private unwatch?: () => void;

  constructor(
    private readonly db: DataSource,
    private readonly publisher: OutboxPublisher,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.retentionHours = options.retentionHours ?? 72;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unwatch = watchOutbox(this.db);
    this.loop = this.run();
  }

  /** Lets the batch in progress finish, then gives up leadership. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    this.unwatch?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const leader = await this.leadership();
        const published = leader ? await this.publishBatch(leader) : 0;
        if (published < this.batchSize) await this.pause(this.pollIntervalMs);
      } catch (error) {
        this.logger.error(`Outbox relay failed, retrying: ${(error as Error).message}`);
        await this.resign();
        await this.pause(1000);
      }
    }
    await this.resign();
  }

  private async leadership(): Promise<QueryRunner | undefined> {
    if (this.leader) return this.leader;
    const candidate = this.db.createQueryRunner();
    try {
      const [{ acquired }] = await candidate.query(`SELECT pg_try_advisory_lock($1) AS acquired`, [
        RELAY_LOCK,
      ]);
      if (acquired) {
        this.leader = candidate;
        return candidate;
      }
    } catch (error) {
      await candidate.release();
      throw error;
    }
    await candidate.release();
    return undefined;
  }

  // Every query runs on the connection that holds the lock: if it breaks, the lock is gone
  // and so is this relay's leadership.
  private async publishBatch(leader: QueryRunner): Promise<number> {
    const rows: {
      position: string;
      topic: string;
      message_key: string;
      event: CloudEvent;
      trace_context: Record<string, string> | null;
    }[] = await leader.query(
      `SELECT position, topic, message_key, event, trace_context FROM outbox
         WHERE published_at IS NULL ORDER BY position LIMIT $1`,
      [this.batchSize],
    );
    if (rows.length > 0) {
      const messages: OutboxMessage[] = rows.map((row) => ({
        topic: row.topic,
        key: row.message_key,
        event: row.event,
        ...(row.trace_context && { traceContext: row.trace_context }),
      }));
      await this.publisher.publish(messages);
      await leader.query(`UPDATE outbox SET published_at = now() WHERE position = ANY($1)`, [
        rows.map((row) => row.position),
      ]);
      messagingMetrics.published.inc(rows.length);
    }
    await this.pruneOccasionally(leader);
    return rows.length;
  }

  private async pruneOccasionally(leader: QueryRunner): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await leader.query(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(hours => $1)`,
      [this.retentionHours],
    );
  }

  private async resign(): Promise<void> {
    const leader = this.leader;
    this.leader = undefined;
    if (!leader) return;
    try {
      await leader.query(`SELECT pg_advisory_unlock($1)`, [RELAY_LOCK]);
    } catch {
      // The connection is already gone, and the lock with it.
    }
    await leader.release();
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
