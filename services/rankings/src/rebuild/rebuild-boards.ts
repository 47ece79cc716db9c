import { Topics } from '@citypoints/contracts';
import { Injectable, Logger } from '@nestjs/common';
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
import { BoardOrders } from './board-orders';
import { BoardTally } from './board-tally';
import { OpenBoards } from './open-boards';
import { readLedgerScores } from './ledger-read';
import { PipelinedWrites } from './pipelined-writes';
import { StagedKey, stageTally } from './stage-tally';
import { keysByTenant, swapIn } from './swap-in';

/** What a rebuild did. */
export interface RebuildResult {
  /** Redis keys removed: the boards (with their hashes and sets) and markers replaced. */
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

// How long a staging key outlives a rebuild that dies before swapping it in (ms).
const STAGING_TTL_MS = 3_600_000;

/**
 * Recreates leaderboards from the ledger topic: reads `citypoints.ledger.v1` (under
 * KAFKA_TOPIC_PREFIX) from its beginning up to the end it had when the rebuild started, sums
 * every score it holds (scoreOf: earns, bonuses, reversals) of the tenant (or every tenant) in
 * memory by the live script's rules (BoardTally), with the settings and memberships read once,
 * then writes each tenant's boards and the replayed events' markers (a set a day) under staging
 * keys in bulk and swaps them in at once (swapIn), in place of its old boards and markers (of
 * either kind). Scores of periods already closed (`closed_period`) go on the open periods' boards
 * only, so closed boards do not come back. Scores of a tenant whose settings have not arrived
 * are parked, as the live consumer does. Reads see the old boards until the swap. Stop the
 * live consumer while it runs: a score the live path adds from beyond the end offsets before
 * the swap is overwritten by it, and its marker removed.
 */
@Injectable()
export class RebuildBoards {
  private readonly logger = new Logger(RebuildBoards.name);

  constructor(
    private readonly redis: RankingsRedis,
    private readonly scores: Scores,
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
    // Redis is idle while the ledger is read: the markers and boards there are listed meanwhile.
    const tenants = `${this.config.REDIS_KEY_PREFIX}rankings:{${tenantId ?? '*'}}`;
    const { client } = this.redis;
    const listed = Promise.all([
      keysByTenant(client, `${tenants}:applied*`),
      keysByTenant(client, `${tenants}:board:*`),
    ]);
    listed.catch(() => undefined);
    const { KAFKA_BROKERS: brokers, KAFKA_TOPIC_PREFIX: groupPrefix } = this.config;
    const topic = `${groupPrefix}${Topics.ledger}`;
    // Started now, so that it is ready once the ledger is read.
    const orders = new BoardOrders();
    let messagesRead: number;
    let summed: number;
    let keysDeleted: number;
    try {
      messagesRead = await readLedgerScores({ brokers, topic, groupPrefix, tenantId }, (score) => {
        scoresApplied++;
        this.tally(replay, score);
      });
      summed = performance.now();
      keysDeleted = await this.swapInTallies(replay, orders, ...(await listed));
    } finally {
      await orders.close();
    }
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

  // Each tenant's tally staged (people's boards sorted by `orders` meanwhile) and swapped in,
  // boards and markers together; a tenant with
  // boards and no score in the ledger loses its boards, as before the rebuild they came from
  // nothing. `markers` (either kind) and `boards`: the tenants' keys as the rebuild began.
  private async swapInTallies(
    { tallies }: Replay,
    orders: BoardOrders,
    markers: Map<string, string[]>,
    boards: Map<string, string[]>,
  ): Promise<number> {
    const { client, keys } = this.redis;
    const writes = new PipelinedWrites(client);
    const run = randomUUID().slice(0, 8);
    const markerMs = this.config.EVENT_DEDUPE_DAYS * 86_400_000;
    let deleted = 0;
    const staged = new Map<string, StagedKey[]>();
    for (const [tenant, { tally }] of tallies) {
      const tag = `${this.config.REDIS_KEY_PREFIX}rankings:{${tenant}}`;
      const stagingOf = (live: string) => `${tag}:rebuild-${run}:${live.slice(tag.length + 1)}`;
      const ttl = STAGING_TTL_MS;
      staged.set(
        tenant,
        await stageTally(writes, keys, tenant, tally, stagingOf, ttl, markerMs, orders),
      );
    }
    await writes.flush();
    for (const tenant of new Set([...staged.keys(), ...boards.keys(), ...markers.keys()])) {
      const old = [...(boards.get(tenant) ?? []), ...(markers.get(tenant) ?? [])];
      await swapIn(client, old, staged.get(tenant) ?? []);
      deleted += old.length;
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
}
