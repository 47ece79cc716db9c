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
import { leaderboardNamesPart, withLeaderboardNames } from '../with-leaderboard-names';
import { ANYONE_SIGNED_IN, queryString, rankings, TENANT_ADMIN, tenant } from './upstream-paths';

/** The tenant's people board of the period the query names (checked against the enum). */
const peopleBoard = (call: RouteCall) =>
  `${tenant(call)}/leaderboards/people/${String(call.query.period)}`;

/** The rest of the query (category, limit, offset or span), which rankings reads as given. */
const boardQuery = ({ query: { period: _period, ...rest } }: RouteCall) => queryString(rest);

/** A hidden person of the caller's tenant. */
const hiddenPerson = (call: RouteCall) => `${tenant(call)}/hidden-people/${call.params.person}`;

/** Each entry named as the person consented; while identity fails, the board goes without. */
const NAMES = { part: leaderboardNamesPart, join: withLeaderboardNames, optional: true } as const;

/**
 * Leaderboards (issue 13), as rankings serves them: every signed-in person of the tenant reads
 * its people board of the week, month, year or all time running now, by category, and their
 * own place; the tenant's admins hide people from every board and show them again. People
 * hidden are left out and the others placed among themselves. Group boards come later.
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
  // The tenant's admins.
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
