import { GatewayRoute, RouteCall } from '../gateway-route';
import {
  HiddenPeopleDto,
  HiddenPersonDto,
  LeaderboardPageDto,
  LeaderboardPeriodDto,
  LeaderboardStandingDto,
  MyStandingQueryDto,
  NextResetQueryDto,
  PeopleLeaderboardQueryDto,
} from '../leaderboards.dto';
import {
  GroupContributionsDto,
  GroupContributionsQueryDto,
  GroupLeaderboardPageDto,
  GroupLeaderboardQueryDto,
  GroupStandingDto,
  GroupStandingPublicQueryDto,
  MyGroupsQueryDto,
  MyGroupsStandingDto,
} from '../group-leaderboards.dto';
import {
  ClosedLeaderboardPeriodDto,
  PastLeaderboardQueryDto,
  PastPeriodQueryDto,
} from '../past-leaderboards.dto';
import { groupNamesPart, withGroupNames } from '../with-group-names';
import { leaderboardNamesPart, withLeaderboardNames } from '../with-leaderboard-names';
import { ANYONE_SIGNED_IN, queryString, rankings, TENANT_ADMIN, tenant } from './upstream-paths';

/** The tenant's people board of the period the query names (checked against the enum). */
const peopleBoard = (call: RouteCall) =>
  `${tenant(call)}/leaderboards/people/${String(call.query.period)}`;

/** The tenant's group board of the period the query names (checked against the enum). */
const groupBoard = (call: RouteCall) =>
  `${tenant(call)}/leaderboards/groups/${String(call.query.period)}`;

/** A closed period of the tenant, by the id the query names (checked by its pattern). */
const pastPeriod = (call: RouteCall) =>
  `${tenant(call)}/leaderboard-periods/${String(call.query.period)}`;

/** The rest of the query (category, limit, offset or span), which rankings reads as given. */
const boardQuery = ({ query: { period: _period, ...rest } }: RouteCall) => queryString(rest);

/** A hidden person of the caller's tenant. */
const hiddenPerson = (call: RouteCall) => `${tenant(call)}/hidden-people/${call.params.person}`;

/** Each entry named as the person consented; while identity fails, the board goes without. */
const NAMES = { part: leaderboardNamesPart, join: withLeaderboardNames, optional: true } as const;

/** Each group named from identity; while identity fails, the board goes without. */
const GROUP_NAMES = { part: groupNamesPart, join: withGroupNames, optional: true } as const;

/**
 * Leaderboards (issue 13), as rankings serves them: every signed-in person of the tenant reads
 * its people board of the week, month, year or all time running now, by category, and their
 * own place; the group boards by total or average, a group's place and members, and their own
 * groups' places; closed periods with their winners. The tenant's admins hide people from
 * every board and show them again (people hidden are left out and the others placed among
 * themselves) and close an ended period.
 */
export const LEADERBOARD_ROUTES: readonly GatewayRoute[] = [
  {
    name: 'getPeopleLeaderboard',
    summary:
      "A page of the tenant's people board of the period running now, best first, each " +
      'person named as they consented',
    tag: 'leaderboards',
    method: 'GET',
    path: '/leaderboards/people',
    access: ANYONE_SIGNED_IN,
    query: PeopleLeaderboardQueryDto,
    response: LeaderboardPageDto,
    status: 200,
    upstream: rankings((call) => `${peopleBoard(call)}${boardQuery(call)}`),
    compose: NAMES,
  },
  {
    name: 'getMyLeaderboardStanding',
    summary: 'My place on the people board, with the people just above and below me',
    tag: 'leaderboards',
    method: 'GET',
    path: '/leaderboards/people/me',
    access: ANYONE_SIGNED_IN,
    query: MyStandingQueryDto,
    response: LeaderboardStandingDto,
    status: 200,
    upstream: rankings((call) => `${peopleBoard(call)}/around/${call.me}${boardQuery(call)}`),
    compose: NAMES,
  },
  {
    name: 'getLeaderboardNextReset',
    summary: 'The period running now and when its boards start again from zero',
    tag: 'leaderboards',
    method: 'GET',
    path: '/leaderboards/next-reset',
    access: ANYONE_SIGNED_IN,
    query: NextResetQueryDto,
    response: LeaderboardPeriodDto,
    status: 200,
    upstream: rankings((call) => `${peopleBoard(call)}/next-reset`),
  },
  {
    name: 'getGroupLeaderboard',
    summary:
      "A page of the tenant's group board of the period running now, by total or by average " +
      'per active member, best first, each group named',
    tag: 'leaderboards',
    method: 'GET',
    path: '/leaderboards/groups',
    access: ANYONE_SIGNED_IN,
    query: GroupLeaderboardQueryDto,
    response: GroupLeaderboardPageDto,
    status: 200,
    upstream: rankings((call) => `${groupBoard(call)}${boardQuery(call)}`),
    compose: GROUP_NAMES,
  },
  {
    name: 'getGroupStanding',
    summary: "A group's place on the group board, with the groups just above and below it",
    tag: 'leaderboards',
    method: 'GET',
    path: '/leaderboards/groups/{group}',
    access: ANYONE_SIGNED_IN,
    query: GroupStandingPublicQueryDto,
    response: GroupStandingDto,
    status: 200,
    upstream: rankings(
      (call) => `${groupBoard(call)}/around/${call.params.group}${boardQuery(call)}`,
    ),
    compose: GROUP_NAMES,
  },
  {
    name: 'getMyGroupsStanding',
    summary: "My groups' places on the group board, best first, each group named",
    tag: 'leaderboards',
    method: 'GET',
    path: '/leaderboards/groups/mine',
    access: ANYONE_SIGNED_IN,
    query: MyGroupsQueryDto,
    response: MyGroupsStandingDto,
    status: 200,
    upstream: rankings((call) => `${groupBoard(call)}/of/${call.me}${boardQuery(call)}`),
    compose: GROUP_NAMES,
  },
  {
    name: 'listGroupContributions',
    summary:
      "What each member added to a group's points in the period, most first, each person " +
      'named as they consented; hidden people left out',
    tag: 'leaderboards',
    method: 'GET',
    path: '/leaderboards/groups/{group}/members',
    access: ANYONE_SIGNED_IN,
    query: GroupContributionsQueryDto,
    response: GroupContributionsDto,
    status: 200,
    upstream: rankings(
      (call) => `${groupBoard(call)}/members/${call.params.group}${boardQuery(call)}`,
    ),
    compose: NAMES,
  },
  {
    name: 'getPastLeaderboard',
    summary:
      'A closed period (week, month or year): its bonus rules, winners and final standings, ' +
      'each person named as they consented',
    tag: 'leaderboards',
    method: 'GET',
    path: '/leaderboards/past',
    access: ANYONE_SIGNED_IN,
    query: PastLeaderboardQueryDto,
    response: ClosedLeaderboardPeriodDto,
    status: 200,
    upstream: rankings((call) => `${pastPeriod(call)}${boardQuery(call)}`),
    compose: NAMES,
  },
  // The tenant's admins.
  {
    name: 'closeLeaderboardPeriod',
    summary:
      'Close an ended period now, paying its bonuses once: 201, or 200 when it was closed ' +
      'already; 409 while it runs',
    tag: 'leaderboards',
    method: 'POST',
    path: '/leaderboards/closures',
    access: TENANT_ADMIN,
    query: PastPeriodQueryDto,
    response: ClosedLeaderboardPeriodDto,
    status: 201,
    alsoStatus: [200],
    upstream: rankings((call) => `${pastPeriod(call)}/closure`),
    compose: NAMES,
  },
  {
    name: 'listHiddenPeople',
    summary: "The people hidden from the tenant's leaderboards, most recently hidden first",
    tag: 'leaderboards',
    method: 'GET',
    path: '/leaderboards/hidden-people',
    access: TENANT_ADMIN,
    response: HiddenPeopleDto,
    status: 200,
    upstream: rankings((call) => `${tenant(call)}/hidden-people`),
  },
  {
    name: 'hidePerson',
    summary:
      'Hide a person from every leaderboard of the tenant; their points keep counting, and ' +
      'the others are placed without them',
    tag: 'leaderboards',
    method: 'PUT',
    path: '/leaderboards/hidden-people/{person}',
    access: TENANT_ADMIN,
    response: HiddenPersonDto,
    status: 200,
    upstream: rankings(hiddenPerson),
  },
  {
    name: 'showPerson',
    summary: 'Show a hidden person on the leaderboards again, with every point they scored',
    tag: 'leaderboards',
    method: 'DELETE',
    path: '/leaderboards/hidden-people/{person}',
    access: TENANT_ADMIN,
    status: 204,
    upstream: rankings(hiddenPerson),
  },
];
