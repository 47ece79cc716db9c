import { CloudEvent, fromKafkaMessage, InvalidEventError, Topics } from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RankingsRedis } from '../core/rankings-redis';
import { RankingsConfig } from '../rankings-config';
import { TenantTimeZones } from '../core/tenant-time-zones.store';
import { GroupMembershipsStore } from '../groups/group-memberships.store';
import { Score, SCORE_EVENT_TYPES, ScoreEvent, scoreOf } from '../scores/score';
import { Scores, ScoreSnapshot } from '../scores/scores';

/** What a rebuild did. */
export interface RebuildResult {
  /** Redis keys removed before the replay: boards, their hashes and sets, applied markers. */
  keysDeleted: number;
  /** Ledger messages read, of every type and tenant. */
  messagesRead: number;
  /** Scores (earns, bonuses, reversals) of the tenant(s) handed to the scoring code. */
  scoresApplied: number;
}

const SCORE_TYPES: ReadonlySet<string> = new Set(SCORE_EVENT_TYPES);
// Bytes a fetch takes of a partition: batches of thousands of events, for pipelined scripts.
const FETCH_BYTES = 8 * 1024 * 1024;

/**
 * Recreates leaderboards from the ledger topic: removes the tenant's (or every tenant's) board
 * keys and applied markers, then reads `citypoints.ledger.v1` (under KAFKA_TOPIC_PREFIX) from
 * its beginning up to the end it had when the rebuild started, and hands every score it holds
 * (scoreOf: earns, bonuses, reversals) to Scores.addAll: the live consumer's boards and script,
 * with the settings and memberships read once and the scripts of a fetched batch pipelined, so
 * the boards come out as the live ones. Scores of periods already closed (`closed_period`) go on the open periods' boards
 * only, so closed boards do not come back. Reads during a rebuild see partial boards; the live
 * consumer may keep running (each event still counts once: its marker).
 */
@Injectable()
export class RebuildBoards {
  private readonly logger = new Logger(RebuildBoards.name);

  constructor(
    private readonly redis: RankingsRedis,
    private readonly scores: Scores,
    private readonly messaging: Messaging,
    private readonly config: RankingsConfig,
    private readonly db: DataSource,
    private readonly timeZones: TenantTimeZones,
    private readonly memberships: GroupMembershipsStore,
  ) {}

  /** Rebuilds the boards of `tenantId`, or of every tenant when it is undefined. */
  async run(tenantId?: string): Promise<RebuildResult> {
    const keysDeleted = await this.deleteKeys(tenantId);
    const closed = await this.closedPeriods(tenantId);
    // Read once: memberships and settings as rankings knows them now, as the live path would
    // look them up score by score.
    const snapshot: ScoreSnapshot = {
      scoring: await this.timeZones.allScoring(tenantId),
      memberships: await this.memberships.allChanges(tenantId),
    };
    let scoresApplied = 0;
    const messagesRead = await this.readLedger(async (events) => {
      const scores: Score[] = [];
      for (const event of events) {
        if (tenantId !== undefined && event.tenantid !== tenantId) continue;
        const score = scoreOf(event);
        if (score) scores.push(score);
      }
      await this.scores.addAll(scores, snapshot, closed);
      scoresApplied += scores.length;
    });
    this.logger.log(
      `rebuilt ${tenantId ?? 'every tenant'}: ${keysDeleted} keys removed, ` +
        `${scoresApplied} scores of ${messagesRead} messages applied`,
    );
    return { keysDeleted, messagesRead, scoresApplied };
  }

  // Boards (people's and groups', with their hashes and sets) and applied markers; the
  // hidden-people mirror stays.
  private async deleteKeys(tenantId?: string): Promise<number> {
    const tenant = `${this.config.REDIS_KEY_PREFIX}rankings:{${tenantId ?? '*'}}`;
    let deleted = 0;
    for (const pattern of [`${tenant}:board:*`, `${tenant}:applied:*`]) {
      const stream = this.redis.client.scanStream({ match: pattern, count: 1000 });
      for await (const keys of stream as AsyncIterable<string[]>) {
        if (keys.length > 0) deleted += await this.redis.client.unlink(...keys);
      }
    }
    return deleted;
  }

  private async closedPeriods(tenantId?: string): Promise<Map<string, Set<string>>> {
    const rows: { tenantId: string; periodId: string }[] = await this.db.query(
      `SELECT DISTINCT tenant_id AS "tenantId", period_id AS "periodId" FROM closed_period
        WHERE $1::text IS NULL OR tenant_id = $1`,
      [tenantId ?? null],
    );
    const closed = new Map<string, Set<string>>();
    for (const { tenantId: tenant, periodId } of rows) {
      closed.set(tenant, (closed.get(tenant) ?? new Set()).add(periodId));
    }
    return closed;
  }

  // Reads the topic from its beginning to the end offsets it has now, a fetched batch at a time
  // in each partition's order, with a consumer group of its own that is deleted afterwards.
  private async readLedger(apply: (events: ScoreEvent[]) => Promise<void>): Promise<number> {
    const { kafka } = this.messaging;
    const topic = `${this.config.KAFKA_TOPIC_PREFIX}${Topics.ledger}`;
    const admin = kafka.admin();
    await admin.connect();
    const groupId = `${this.config.KAFKA_TOPIC_PREFIX}rankings-rebuild-${randomUUID()}`;
    const consumer = kafka.consumer({ groupId, maxBytesPerPartition: FETCH_BYTES });
    try {
      const ends = new Map<number, bigint>();
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(high) > BigInt(low)) ends.set(partition, BigInt(high));
      }
      let read = 0;
      if (ends.size === 0) return read;
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            autoCommit: false,
            eachBatchAutoResolve: false,
            eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
              const end = ends.get(batch.partition);
              if (end === undefined) return;
              const events: ScoreEvent[] = [];
              let last: bigint | undefined;
              for (const message of batch.messages) {
                if (BigInt(message.offset) >= end) break;
                read++;
                last = BigInt(message.offset);
                const event = decoded(message);
                if (event && SCORE_TYPES.has(event.type)) events.push(event as ScoreEvent);
              }
              await apply(events);
              if (last !== undefined) resolveOffset(String(last));
              await heartbeat();
              if (last === undefined || last + 1n >= end) ends.delete(batch.partition);
              if (ends.size === 0) resolve();
            },
          })
          .catch(reject);
        consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
      });
      return read;
    } finally {
      await consumer.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.disconnect();
    }
  }
}

// The live consumer dead-letters what cannot be decoded; the rebuild passes over it.
function decoded(message: Parameters<typeof fromKafkaMessage>[0]): CloudEvent | undefined {
  try {
    return fromKafkaMessage(message);
  } catch (error) {
    if (error instanceof InvalidEventError) return undefined;
    throw error;
  }
}
