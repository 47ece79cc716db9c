import { Topics } from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { KafkaMessage } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RankingsRedis } from '../core/rankings-redis';
import { TenantScoring, TenantTimeZones } from '../core/tenant-time-zones.store';
import { GroupMembershipsStore, personKey } from '../groups/group-memberships.store';
import { groupsAt } from '../groups/groups-at';
import { MembershipChange } from '../groups/memberships-of';
import { RankingsConfig } from '../rankings-config';
import { Score } from '../scores/score';
import { Scores } from '../scores/scores';
import { BoardTally } from './board-tally';
import { OpenBoards } from './open-boards';
import { PipelinedWrites } from './pipelined-writes';
import { scoreInMessage } from './score-in-message';
import { stageTally } from './stage-tally';
import { keysByTenant, resetMarkers, swapIn } from './swap-in';

/** What a rebuild did. */
export interface RebuildResult {
  /** Redis keys removed: the boards (with their hashes and sets) replaced, stale markers. */
  keysDeleted: number;
  /** Ledger messages read, of every type and tenant. */
  messagesRead: number;
  /** Scores (earns, bonuses, reversals) of the tenant(s) replayed, redeliveries included. */
  scoresApplied: number;
}

/** What the replay sums into, read once before it: see RebuildBoards.run. */
interface Replay {
  tenantId?: string;
  scoring: ReadonlyMap<string, TenantScoring>;
  memberships: ReadonlyMap<string, readonly MembershipChange[]>;
  closed: ReadonlyMap<string, ReadonlySet<string>>;
  tallies: Map<string, { tally: BoardTally; boards: OpenBoards; scoring: TenantScoring }>;
  /** Scores of tenants whose settings have not arrived: parked after the swap, as live. */
  unsettled: Score[];
}

// Bytes a fetch takes of a partition: batches of thousands of events.
const FETCH_BYTES = 8 * 1024 * 1024;
// How long a staging key outlives a rebuild that dies before swapping it in (ms).
const STAGING_TTL_MS = 3_600_000;

/**
 * Recreates leaderboards from the ledger topic: reads `citypoints.ledger.v1` (under
 * KAFKA_TOPIC_PREFIX) from its beginning up to the end it had when the rebuild started, sums
 * every score it holds (scoreOf: earns, bonuses, reversals) of the tenant (or every tenant) in
 * memory by the live script's rules (BoardTally), with the settings and memberships read once,
 * then writes each tenant's boards under staging keys in bulk and swaps them in at once
 * (swapIn), its old boards removed and each replayed event's applied marker set, others
 * removed. Scores of periods already closed (`closed_period`) go on the open periods' boards
 * only, so closed boards do not come back. Scores of a tenant whose settings have not arrived
 * are parked, as the live consumer does. Reads see the old boards until the swap. Stop the
 * live consumer while it runs: a score the live path adds from beyond the end offsets before
 * the swap is overwritten by it, its marker kept, so it stays missing until the next rebuild.
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
    // Read once: settings and memberships as rankings knows them now, as the live path would
    // look them up score by score.
    const replay: Replay = {
      tenantId,
      scoring: await this.timeZones.allScoring(tenantId),
      memberships: await this.memberships.allChanges(tenantId),
      closed: await this.closedPeriods(tenantId),
      tallies: new Map(),
      unsettled: [],
    };
    let scoresApplied = 0;
    const started = performance.now();
    const messagesRead = await this.readLedger((message) => {
      const score = scoreInMessage(message, tenantId);
      if (!score) return;
      scoresApplied++;
      this.tally(replay, score);
    });
    const summed = performance.now();
    const keysDeleted = await this.swapInTallies(replay);
    const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
    for (const score of replay.unsettled) {
      await this.scores.add(score, replay.closed.get(score.tenantId));
    }
    this.logger.log(
      `rebuilt ${tenantId ?? 'every tenant'}: ${keysDeleted} keys removed, ` +
        `${scoresApplied} scores of ${messagesRead} messages applied ` +
        `(read and summed in ${seconds(started, summed)} s, ` +
        `written in ${seconds(summed, performance.now())} s)`,
    );
    return { keysDeleted, messagesRead, scoresApplied };
  }

  // The live path's choice of boards and groups (Scores.addAll), summed in memory.
  private tally(replay: Replay, score: Score): void {
    let tenant = replay.tallies.get(score.tenantId);
    if (!tenant) {
      const scoring = replay.scoring.get(score.tenantId);
      if (!scoring) {
        replay.unsettled.push(score);
        return;
      }
      const closed = replay.closed.get(score.tenantId);
      const boards = new OpenBoards(scoring.timeZone, closed);
      tenant = { tally: new BoardTally(), boards, scoring };
      replay.tallies.set(score.tenantId, tenant);
    }
    const changes = replay.memberships.get(personKey(score.tenantId, score.userId)) ?? [];
    const least = tenant.scoring.minActiveMembers ?? this.config.MIN_ACTIVE_MEMBERS_FOR_AVERAGE;
    tenant.tally.add(score, tenant.boards.of(score), groupsAt(changes, score.earnedAt), least);
  }

  // Each tenant's tally staged and swapped in, with its markers; a tenant with boards and no
  // score in the ledger loses its boards, as before the rebuild they came from nothing.
  private async swapInTallies({ tenantId, tallies }: Replay): Promise<number> {
    const { client, keys } = this.redis;
    const tenants = `${this.config.REDIS_KEY_PREFIX}rankings:{${tenantId ?? '*'}}`;
    const markers = await keysByTenant(client, `${tenants}:applied:*`);
    const writes = new PipelinedWrites(client);
    const run = randomUUID().slice(0, 8);
    const markerMs = this.config.EVENT_DEDUPE_DAYS * 86_400_000;
    let deleted = 0;
    const staged = new Map<string, [string, string][]>();
    for (const [tenant, { tally }] of tallies) {
      const tag = `${this.config.REDIS_KEY_PREFIX}rankings:{${tenant}}`;
      const stagingOf = (live: string) => `${tag}:rebuild-${run}:${live.slice(tag.length + 1)}`;
      staged.set(tenant, await stageTally(writes, keys, tenant, tally, stagingOf, STAGING_TTL_MS));
    }
    await writes.flush();
    // Scanned last, so that the swap also removes boards created meanwhile.
    const boards = await keysByTenant(client, `${tenants}:board:*`);
    for (const tenant of new Set([...staged.keys(), ...boards.keys(), ...markers.keys()])) {
      const old = boards.get(tenant) ?? [];
      await swapIn(client, old, staged.get(tenant) ?? []);
      const applied = tallies.get(tenant)?.tally.applied ?? new Set<string>();
      const oldMarkers = markers.get(tenant) ?? [];
      const markerOf = (eventId: string) => keys.applied(tenant, eventId);
      deleted += old.length;
      deleted += await resetMarkers(writes, oldMarkers, applied, markerOf, markerMs);
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
  private async readLedger(apply: (message: KafkaMessage) => void): Promise<number> {
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
              let last: bigint | undefined;
              for (const message of batch.messages) {
                if (BigInt(message.offset) >= end) break;
                read++;
                last = BigInt(message.offset);
                apply(message);
              }
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
