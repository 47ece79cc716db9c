import { Injectable } from '@nestjs/common';
import { BoardRef } from '../core/rankings-keys';
import { TenantScoring, TenantTimeZones } from '../core/tenant-time-zones.store';
import { GroupMemberships } from '../groups/group-memberships';
import { GroupMembershipsStore, personKey } from '../groups/group-memberships.store';
import { groupsAt } from '../groups/groups-at';
import { MembershipChange } from '../groups/memberships-of';
import { boardsOf } from './boards-of';
import { ParkedScores } from './parked-scores.store';
import { Score } from './score';
import { ScoreBoards, ScoreOnBoards } from './score-boards';

/**
 * What scores are added with instead of the database's look-ups, read once for a batch: each
 * tenant's scoring settings, and each person's membership changes by personKey.
 */
export interface ScoreSnapshot {
  scoring: ReadonlyMap<string, TenantScoring>;
  memberships: ReadonlyMap<string, readonly MembershipChange[]>;
}

/**
 * Adds the ledger's scores to the leaderboards, each once (ScoreBoards): the person's, and
 * those of the groups they belonged to when it was earned (GroupMemberships). A score whose
 * tenant's time zone is not known yet (identity's settings and the ledger's events come on
 * different topics, in no set order) is parked in Postgres and added when the zone arrives,
 * rather than put in a period guessed in UTC.
 */
@Injectable()
export class Scores {
  constructor(
    private readonly timeZones: TenantTimeZones,
    private readonly boards: ScoreBoards,
    private readonly parked: ParkedScores,
    private readonly memberships: GroupMemberships,
    private readonly membershipChanges: GroupMembershipsStore,
  ) {}

  /**
   * Adds the score to each of its boards (boardsOf), or parks it; once, however often. The
   * rebuild passes `closedPeriods` (period ids), whose boards the score then leaves alone.
   */
  async add(score: Score, closedPeriods?: ReadonlySet<string>): Promise<void> {
    const scoring = await this.timeZones.scoringOf(score.tenantId);
    if (scoring !== undefined) {
      await this.addToBoards(score, scoring, closedPeriods);
      return;
    }
    await this.parked.park(score);
    // The zone may have been stored meanwhile, its parked scores added before this one was
    // parked: looking again after parking leaves none behind.
    await this.addParked(score.tenantId);
  }

  /**
   * Adds the tenant's parked scores, earliest first, once its time zone is known; safe to run
   * twice at once (on two replicas), as each score is added once.
   */
  async addParked(tenantId: string): Promise<void> {
    const scoring = await this.timeZones.scoringOf(tenantId);
    if (scoring === undefined) return;
    for (;;) {
      const scores = await this.parked.earliest(tenantId);
      if (scores.length === 0) return;
      for (const score of scores) await this.addToBoards(score, scoring);
      await this.parked.forget(scores.map((score) => score.eventId));
    }
  }

  /**
   * Adds a Kafka batch's `scores` in order as `add` does, each once: the tenants' settings and
   * the people's memberships looked up once for the batch, the scripts sent in pipelines
   * (addAll). A score of a tenant whose settings have not arrived is parked, as by `add`.
   */
  async addBatch(scores: readonly Score[]): Promise<void> {
    const scoring = new Map<string, TenantScoring>();
    const memberships = new Map<string, readonly MembershipChange[]>();
    for (const tenantId of new Set(scores.map((score) => score.tenantId))) {
      const settings = await this.timeZones.scoringOf(tenantId);
      if (!settings) continue;
      scoring.set(tenantId, settings);
      const people = [
        ...new Set(scores.filter((s) => s.tenantId === tenantId).map((s) => s.userId)),
      ];
      for (const [key, changes] of await this.membershipChanges.changesOfPeople(tenantId, people)) {
        memberships.set(key, changes);
      }
    }
    await this.addAll(scores, { scoring, memberships });
  }

  /**
   * Adds `scores` in order as `add` does, with `snapshot` in place of the database's look-ups
   * and the scripts pipelined (ScoreBoards.addAll), for the many scores of a Kafka batch. A
   * score whose tenant's settings the snapshot lacks is added (or parked) one by one, as `add`
   * does.
   */
  async addAll(scores: readonly Score[], snapshot: ScoreSnapshot): Promise<void> {
    const items: ScoreOnBoards[] = [];
    for (const score of scores) {
      const scoring = snapshot.scoring.get(score.tenantId);
      if (!scoring) {
        await this.boards.addAll(items.splice(0));
        await this.add(score);
        continue;
      }
      const changes = snapshot.memberships.get(personKey(score.tenantId, score.userId)) ?? [];
      items.push({
        score,
        boards: boardsOf(score, scoring.timeZone),
        groupIds: groupsAt(changes, score.earnedAt),
        minActiveMembers: scoring.minActiveMembers,
      });
    }
    await this.boards.addAll(items);
  }

  // The groups are looked up before the script runs: a membership change that arrives later
  // does not move the score (see GroupMemberships).
  private async addToBoards(
    score: Score,
    { timeZone, minActiveMembers }: TenantScoring,
    closedPeriods?: ReadonlySet<string>,
  ): Promise<void> {
    const groups = await this.memberships.groupsAt(score.tenantId, score.userId, score.earnedAt);
    const open = (board: BoardRef) => !closedPeriods?.has(board.periodId);
    await this.boards.add(score, boardsOf(score, timeZone).filter(open), groups, minActiveMembers);
  }
}
