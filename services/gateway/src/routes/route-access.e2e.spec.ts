import { ROLES, Role } from '@citypoints/contracts';
import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { activityOf, beachCleanUp, TOWN_HALL } from '../testing/activity-examples';
import { citizen, createTenant, credit, Person, staff } from '../testing/people';
import {
  beachCause,
  busPass,
  causeOf,
  offerOf,
  partnerOf,
  voucherCode,
} from '../testing/rewards-fixture';
import { GatewayCluster, startCluster } from '../testing/start-cluster';
import { API_PREFIX, GatewayRoute } from './gateway-route';
import { ROUTES } from './route-table';

const PROTECTED = ROUTES.filter((route) => route.access !== 'public');
const PUBLIC = ROUTES.filter((route) => route.access === 'public');

/** A route's public path with its {params} filled in. */
function pathOf(route: GatewayRoute, params: Record<string, string> = {}): string {
  return API_PREFIX + route.path.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? randomUUID());
}

describe('who may call which route (generated from the route table)', () => {
  let cluster: GatewayCluster;
  const people = new Map<Role, Person>();

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, 'matrix-town');
    people.set('citizen', await citizen(cluster, 'matrix-town'));
    for (const role of ROLES.filter((r) => r !== 'citizen')) {
      people.set(role, await staff(cluster, 'matrix-town', role));
    }
  });

  afterAll(async () => {
    await cluster?.close();
  });

  const call = (route: GatewayRoute, token?: string) => {
    const attempt = request(cluster.gateway.url)
      [route.method.toLowerCase() as 'get'](pathOf(route, { tenant: 'matrix-town' }))
      .timeout(10_000);
    return token ? attempt.auth(token, { type: 'bearer' }) : attempt;
  };

  it.each(PROTECTED.map((route) => [route.name, route] as const))(
    '%s refuses anonymous callers with 401',
    async (_name, route) => {
      const response = await call(route);
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    },
  );

  const forbidden = PROTECTED.flatMap((route) =>
    ROLES.filter((role) => !route.access.includes(role)).map(
      (role) => [route.name, role, route] as const,
    ),
  );

  it.each(forbidden)('%s refuses a %s with 403', async (_name, role, route) => {
    const response = await call(route, people.get(role)?.accessToken);
    expect(response.status).toBe(403);
    expect(response.body.detail).toContain(`a ${role} may not`);
  });

  it.each(PUBLIC.map((route) => [route.name, route] as const))(
    '%s needs no token: an empty body is refused as bad input, not as anonymous',
    async (_name, route) => {
      const response = await call(route).send({});
      expect(response.status).toBe(400);
      expect(response.body.errors.length).toBeGreaterThan(0);
    },
  );
});

interface ForeignAttempt {
  params?: Record<string, string>;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  /** True when the attempt names tenant B's ids: it must be refused with 403 or 404. */
  refused: boolean;
  /** The status it is refused with when not 403 or 404: 422 for B's codes at a check-in. */
  refusedWith?: number;
  headers?: Record<string, string>;
  /** The caller needs points first. */
  funded?: boolean;
}

interface TenantB {
  bob: Person;
  admin: Person;
  groupId: string;
  inviteCode: string;
  /** Bob's share code (GET /me). */
  shareCode: string;
  qrToken: string;
  cardId: string;
  /** A published activity of B's, titled SECRET_TITLE. */
  activityId: string;
  /** Its static code, as printed on its poster. */
  activityCode: string;
  /** Bob's verified check-in at it. */
  participationId: string;
  /** B's partner, its published offer and cause, all titled SECRET_TITLE. */
  partnerId: string;
  offerId: string;
  causeId: string;
  /** Bob's redemption of the offer, and its voucher's code. */
  redemptionId: string;
  voucherCode: string;
}

/** The title of tenant B's activity, which no person of A may ever see. */
const SECRET_TITLE = 'Praia secreta de B';

/** For every signed-in route, how a person of tenant A might try to reach tenant B. */
function foreignAttempts(b: TenantB): Record<string, ForeignAttempt> {
  const refused = true;
  return {
    ...foreignActivityAttempts(b),
    ...foreignCheckInAttempts(b),
    ...foreignLeaderboardAttempts(b),
    ...foreignRewardAttempts(b),
    getMe: { refused: false },
    updateMe: { body: { displayName: 'Taken over', locale: 'sv' }, refused: false },
    changeMyPassword: {
      body: { currentPassword: 'correct horse battery', newPassword: 'a quiet lagoon at dawn' },
      refused: false,
    },
    signOut: { body: { refreshToken: b.bob.refreshToken }, refused: false },
    signOutEverywhere: { refused: false },
    exportMyData: { refused: false },
    setConsent: { body: { visibility: 'public' }, refused: false },
    eraseMe: { refused: false },
    createGroup: { body: { name: 'Lake walkers', kind: 'team' }, refused: false },
    joinGroup: { body: { inviteCode: b.inviteCode }, refused },
    // A's admin lists A's groups only: never B's Beach team.
    listGroups: { query: { search: 'Beach', limit: '100' }, refused: false },
    listMyGroups: { refused: false },
    leaveGroup: { params: { group: b.groupId }, refused },
    listGroupMembers: { params: { group: b.groupId }, refused },
    renameGroup: { params: { group: b.groupId }, body: { name: 'Taken over' }, refused },
    removeGroupMember: { params: { group: b.groupId, person: b.bob.userId }, refused },
    handOverGroup: { params: { group: b.groupId }, body: { person: b.bob.userId }, refused },
    deleteGroup: { params: { group: b.groupId }, refused },
    findPersonByShareCode: { query: { code: b.shareCode }, refused },
    issueQrToken: { refused: false },
    verifyQrToken: { body: { token: b.qrToken }, refused },
    issueMyPersonalCard: { refused: false },
    listMyPersonalCards: { refused: false },
    revokeMyPersonalCard: { params: { card: b.cardId }, refused },
    issuePersonalCard: { params: { person: b.bob.userId }, refused },
    listPersonalCards: { params: { person: b.bob.userId }, refused },
    revokePersonalCard: { params: { person: b.bob.userId, card: b.cardId }, refused },
    getMyBalance: { refused: false },
    getMyHistory: { query: { limit: '5' }, refused: false },
    transferPoints: {
      body: { transferId: randomUUID(), to: b.bob.userId, points: 5 },
      refused,
      funded: true,
    },
    donatePoints: {
      body: { donationId: randomUUID(), causeId: randomUUID(), points: 5 },
      refused,
      funded: true,
    },
    issueEventTicket: { refused: false },
    streamMyEvents: { refused: false },
    addPerson: {
      body: {
        email: `${randomUUID()}@example.org`,
        password: 'correct horse battery',
        displayName: 'X',
        role: 'citizen',
      },
      refused: false,
    },
    adjustAccount: {
      params: { account: b.bob.userId },
      body: { adjustmentId: randomUUID(), points: 1000, reason: 'a gift from afar' },
      refused,
    },
    getTotals: { refused: false },
    ...foreignPersonAttempts(b),
    getStatistics: { query: { from: '2026-09-07', to: '2026-11-29' }, refused: false },
    getWeeklyTotals: { query: { from: '2026-09-07', to: '2026-11-29' }, refused: false },
    getExpiryPolicy: { refused: false },
    updateTenantSettings: { body: { pointsExpiryMonths: 1 }, refused: false },
    createTenant: {
      body: { slug: 'iso-b', name: 'Taken', defaultLocale: 'sv', timeZone: 'Europe/Stockholm' },
      refused: false,
    },
    // A platform operator adds admins to any tenant; B's people and points stay untouched.
    addTenantAdmin: {
      params: { tenant: 'iso-b' },
      body: {
        email: `${randomUUID()}@example.org`,
        password: 'correct horse battery',
        displayName: 'X',
      },
      refused: false,
    },
  };
}

/**
 * A tenant admin's people routes in A's admin's hands: B's Bob is nobody in A (404), and A's
 * list never names him.
 */
function foreignPersonAttempts(b: TenantB): Record<string, ForeignAttempt> {
  const bob = { params: { person: b.bob.userId }, refused: true };
  return {
    listPeople: { query: { search: 'a', limit: '100' }, refused: false },
    getPerson: bob,
    getPersonBalance: bob,
    getPersonHistory: { ...bob, query: { limit: '5' } },
    changePersonRole: { ...bob, body: { role: 'tenant-admin' } },
    suspendPerson: bob,
    reinstatePerson: bob,
    erasePerson: bob,
    getTenantSettings: { refused: false },
    resendEmailVerification: { refused: false },
  };
}

/** The check-in routes' attempts: B's codes and participations in A's people's hands. */
function foreignCheckInAttempts(b: TenantB): Record<string, ForeignAttempt> {
  const headers = { 'idempotency-key': randomUUID() };
  const atTheBeach = { ...TOWN_HALL, accuracy: 10 };
  return {
    checkIn: {
      body: { code: b.activityCode, position: atTheBeach, scannedAt: new Date().toISOString() },
      headers,
      refused: true,
      refusedWith: 422,
    },
    stewardCheckIn: {
      body: { activityId: b.activityId, personalCode: b.qrToken },
      headers,
      refused: true,
      refusedWith: 422,
    },
    listMyParticipations: { refused: false },
    // Verification answers a person of B as one with no participations in A.
    listPersonParticipations: { params: { person: b.bob.userId }, refused: false },
    listReviews: { refused: false },
    decideReview: {
      params: { participation: b.participationId },
      body: { decision: 'reject', reason: 'not seen there' },
      refused: true,
    },
  };
}

/**
 * The leaderboard routes' attempts: Bob scored in B, for his group too, so A's boards know
 * nothing of him nor of it; A's admin closes only A's periods.
 */
function foreignLeaderboardAttempts(b: TenantB): Record<string, ForeignAttempt> {
  const bob = { params: { person: b.bob.userId }, refused: true };
  const bobsGroup = { params: { group: b.groupId }, refused: true };
  return {
    getPeopleLeaderboard: { query: { period: 'all', limit: '100' }, refused: false },
    getMyLeaderboardStanding: { query: { period: 'all', span: '25' }, refused: false },
    getLeaderboardNextReset: { query: { period: 'week' }, refused: false },
    getGroupLeaderboard: { query: { period: 'all', limit: '100' }, refused: false },
    getGroupStanding: { ...bobsGroup, query: { period: 'all' } },
    getMyGroupsStanding: { query: { period: 'all' }, refused: false },
    listGroupContributions: { ...bobsGroup, query: { period: 'all' } },
    getPastLeaderboard: { query: { period: '2025-W10' }, refused: false },
    closeLeaderboardPeriod: { query: { period: '2025-W10' }, refused: false },
    listHiddenPeople: { refused: false },
    hidePerson: bob,
    showPerson: bob,
  };
}

/**
 * The rewards routes' attempts: B's partner, offer, cause, redemption and voucher code in the
 * hands of A's people (A's admin for the routes admins share with partner staff, who see every
 * offer and voucher of their own tenant).
 */
function foreignRewardAttempts(b: TenantB): Record<string, ForeignAttempt> {
  const refused = true;
  const offer = { params: { offer: b.offerId }, refused };
  const cause = { params: { cause: b.causeId }, refused };
  const partner = { params: { partner: b.partnerId }, refused };
  const staffOfB = { params: { partner: b.partnerId, person: b.bob.userId }, refused };
  const { partnerId: _partner, ...fields } = busPass(b.partnerId, { pricePoints: 1 });
  return {
    listOffers: { refused: false },
    getOffer: offer,
    redeemOffer: {
      body: { offerId: b.offerId },
      headers: { 'idempotency-key': randomUUID() },
      refused,
      funded: true,
    },
    getRedemption: { params: { redemption: b.redemptionId }, refused },
    listMyVouchers: { refused: false },
    listCauses: { refused: false },
    getCause: cause,
    createCause: { body: beachCause(), refused: false },
    updateCause: { ...cause, body: beachCause('Taken over') },
    publishCause: cause,
    archiveCause: cause,
    createPartner: { body: { name: 'Taken over', kind: 'business' }, refused: false },
    listPartners: { refused: false },
    getPartner: partner,
    updatePartner: { ...partner, body: { name: 'Taken over', kind: 'business' } },
    bindPartnerStaff: staffOfB,
    unbindPartnerStaff: staffOfB,
    createOffer: { body: busPass(b.partnerId), refused },
    updateOffer: { ...offer, body: fields },
    submitOffer: offer,
    withdrawOffer: offer,
    pauseOffer: offer,
    endOffer: offer,
    publishOffer: offer,
    rejectOffer: { ...offer, body: { reason: 'not from here' } },
    lookUpVoucher: { query: { code: b.voucherCode }, refused },
    useVoucher: { body: { code: b.voucherCode, counter: 'till 1' }, refused },
    cancelVoucher: { body: { code: b.voucherCode, reason: 'not wanted any more' }, refused },
    getPartnerStatistics: { ...partner, query: { from: '2026-09-07', to: '2026-11-29' } },
  };
}

/** The activity routes' attempts: B's activity stands where A's people search. */
function foreignActivityAttempts(b: TenantB): Record<string, ForeignAttempt> {
  const theirs = { params: { activity: b.activityId }, refused: true };
  const position = { latitude: String(TOWN_HALL.latitude), longitude: String(TOWN_HALL.longitude) };
  return {
    findNearbyActivities: { query: position, refused: false },
    getActivityDetails: theirs,
    createActivity: { body: beachCleanUp(), refused: false },
    listActivities: { refused: false },
    getActivity: theirs,
    updateActivity: { ...theirs, body: beachCleanUp({ points: 999 }) },
    publishActivity: theirs,
    archiveActivity: theirs,
    rotateActivityCodes: theirs,
    getActivityCodes: theirs,
    getRotatingActivityCode: theirs,
    getActivityPosterSvg: theirs,
    getActivityPosterPdf: theirs,
  };
}

describe('tenant isolation (generated from the route table)', () => {
  let cluster: GatewayCluster;
  let b: TenantB;
  let adminA: Person;

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, 'iso-a');
    await createTenant(cluster, 'iso-b');
    adminA = await staff(cluster, 'iso-a', 'tenant-admin');
    const bob = await citizen(cluster, 'iso-b');
    const admin = await staff(cluster, 'iso-b', 'tenant-admin');
    await credit(cluster, admin, bob, 40);
    const as = (person: Person) => (method: 'get' | 'post' | 'patch', path: string) =>
      request(cluster.gateway.url)
        [method](API_PREFIX + path)
        .auth(person.accessToken, {
          type: 'bearer',
        });
    await as(admin)('patch', '/tenant/settings').send({ pointsExpiryMonths: 24 }).expect(200);
    await waitFor("the ledger to apply B's expiry policy", async () =>
      (await as(admin)('get', '/expiry-policy')).status === 200 ? true : undefined,
    );
    const group = await as(bob)('post', '/groups').send({ name: 'Beach team', kind: 'team' });
    const qr = await as(bob)('post', '/me/qr-token').expect(201);
    const bobAsHeIs = await as(bob)('get', '/me').expect(200);
    const card = await as(bob)('post', '/me/personal-cards').expect(201);
    const titles = { en: SECRET_TITLE, pt: SECRET_TITLE, sv: SECRET_TITLE };
    const activityId = await activityOf(cluster, admin, true, beachCleanUp({ titles }));
    const codes = await as(admin)('get', `/activities/${activityId}/codes`).expect(200);
    const checkIn = () =>
      as(bob)('post', '/check-ins')
        .set('idempotency-key', 'bob-at-the-beach')
        .send({
          code: codes.body.code,
          position: { latitude: 38.6979, longitude: -9.4229, accuracy: 10 },
          scannedAt: new Date().toISOString(),
        });
    const checkedIn = await waitFor('verification to know B and its activity', async () => {
      const response = await checkIn();
      return response.status === 201 ? response : undefined;
    });
    // The snapshots of B compare what is settled: Bob's 40 and the activity's 30 points.
    await waitFor("the ledger to credit Bob's check-in", async () =>
      (await as(bob)('get', '/me/balance')).body.balance === 70 ? true : undefined,
    );
    await waitFor("rankings to put Bob's check-in on B's board", async () =>
      (await as(bob)('get', '/leaderboards/people/me?period=all')).body.entry?.score === 30
        ? true
        : undefined,
    );
    const partnerId = await partnerOf(cluster, admin, SECRET_TITLE);
    const secretTexts = { texts: { en: { title: SECRET_TITLE, description: SECRET_TITLE } } };
    const offerId = await offerOf(cluster, admin, partnerId, 'published', secretTexts);
    const causeId = await causeOf(cluster, admin, true, SECRET_TITLE);
    const code = await voucherCode(cluster, bob, offerId);
    const vouchers = await as(bob)('get', '/me/vouchers').expect(200);
    b = {
      bob,
      admin,
      groupId: group.body.groupId,
      inviteCode: group.body.inviteCode,
      shareCode: bobAsHeIs.body.shareCode,
      qrToken: qr.body.token,
      cardId: card.body.cardId,
      activityId,
      activityCode: codes.body.code,
      participationId: checkedIn.body.id,
      partnerId,
      offerId,
      causeId,
      redemptionId: vouchers.body.vouchers[0].redemptionId,
      voucherCode: code,
    };
  });

  afterAll(async () => {
    await cluster?.close();
  });

  /** What tenant B's people and admin see: none of it may change. */
  async function snapshotOfB() {
    const get = async (person: Person, path: string) => {
      const response = await request(cluster.gateway.url)
        .get(API_PREFIX + path)
        .auth(person.accessToken, { type: 'bearer' });
      return { status: response.status, body: response.body };
    };
    const exported = await get(b.bob, '/me/export');
    delete exported.body.exportedAt;
    return {
      exported,
      me: await get(b.bob, '/me'),
      myGroups: await get(b.bob, '/me/groups'),
      balance: await get(b.bob, '/me/balance'),
      history: await get(b.bob, '/me/history'),
      members: await get(b.bob, `/groups/${b.groupId}/members`),
      cards: await get(b.bob, '/me/personal-cards'),
      totals: await get(b.admin, '/totals'),
      // Bob as his admin sees him: role, suspension (a platform operator may add B's admins).
      person: await get(b.admin, `/people/${b.bob.userId}`),
      settings: await get(b.admin, '/tenant/settings'),
      policy: await get(b.admin, '/expiry-policy'),
      activity: await get(b.admin, `/activities/${b.activityId}`),
      activities: await get(b.admin, '/activities'),
      participations: await get(b.bob, '/me/participations'),
      reviews: await get(b.admin, '/reviews'),
      board: await get(b.bob, '/leaderboards/people?period=all'),
      groupBoard: await get(b.bob, '/leaderboards/groups?period=all'),
      contributions: await get(b.bob, `/leaderboards/groups/${b.groupId}/members?period=all`),
      past: await get(b.bob, '/leaderboards/past?period=2025-W10'),
      hidden: await get(b.admin, '/leaderboards/hidden-people'),
      partners: await get(b.admin, '/partners'),
      offers: await get(b.admin, '/offers'),
      causes: await get(b.admin, '/causes'),
      redemption: await get(b.bob, `/redemptions/${b.redemptionId}`),
      vouchers: await get(b.bob, '/me/vouchers'),
      voucher: await get(b.admin, `/counter/vouchers?code=${b.voucherCode}`),
    };
  }

  it('has an attempt for every signed-in route', () => {
    const covered = Object.keys(foreignAttempts(b));
    expect(PROTECTED.map((route) => route.name).filter((name) => !covered.includes(name))).toEqual(
      [],
    );
  });

  it.each(PROTECTED.map((route) => [route.name, route] as const))(
    '%s never shows or changes tenant B for a person of tenant A',
    async (_name, route) => {
      const attempt = foreignAttempts(b)[route.name];
      const role = (route.access as readonly Role[])[0];
      const actor =
        role === 'citizen' ? await citizen(cluster, 'iso-a') : await staff(cluster, 'iso-a', role);
      if (attempt.funded) await credit(cluster, adminA, actor, 50);
      const before = await snapshotOfB();

      const { status, text } = await send(route, attempt, actor.accessToken);

      if (attempt.refusedWith) expect(status).toBe(attempt.refusedWith);
      else if (attempt.refused) expect([403, 404]).toContain(status);
      else expect(status).toBeLessThan(500);
      // What the attempt sent may come back in a refusal's detail (no voucher K7QX-…): it
      // tells the caller nothing new.
      const sent = JSON.stringify(attempt);
      const secrets = [
        b.bob.email,
        'Beach team',
        b.inviteCode,
        b.shareCode,
        b.admin.userId,
        SECRET_TITLE,
        b.voucherCode,
        b.bob.userId,
      ];
      for (const secret of secrets.filter((s) => !sent.includes(s))) {
        expect(text).not.toContain(secret);
      }
      expect(await snapshotOfB()).toEqual(before);
    },
  );

  it("never shows B's people on A's boards, nor lets A's admin hide them", async () => {
    const bob = b.bob.userId;
    const read = (path: string) =>
      request(cluster.gateway.url)
        .get(API_PREFIX + path)
        .auth(adminA.accessToken, { type: 'bearer' });
    const board = await read('/leaderboards/people?period=all&limit=100');
    expect(board.status).toBe(200);
    expect(JSON.stringify(board.body)).not.toContain(bob);
    const hide = await request(cluster.gateway.url)
      .put(`${API_PREFIX}/leaderboards/hidden-people/${bob}`)
      .auth(adminA.accessToken, { type: 'bearer' });
    expect(hide.status).toBe(404);
    expect(hide.body).toMatchObject({ code: 'unknown-person', errors: [{ field: 'person' }] });
    expect((await read('/leaderboards/hidden-people')).body).toEqual({ people: [] });
  });

  async function send(route: GatewayRoute, attempt: ForeignAttempt, token: string) {
    const query = attempt.query ? `?${new URLSearchParams(attempt.query)}` : '';
    const url = cluster.gateway.url + pathOf(route, attempt.params) + query;
    const controller = new AbortController();
    const response = await fetch(url, {
      method: route.method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...attempt.headers,
      },
      body: attempt.body && JSON.stringify(attempt.body),
      signal: controller.signal,
    });
    if (route.served !== 'eventStream') {
      return { status: response.status, text: await response.text() };
    }
    // The live stream never ends: read its opening, then hang up.
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const { value } = await reader.read();
    controller.abort();
    return { status: response.status, text: Buffer.from(value ?? []).toString() };
  }
});
