import { Role } from '@citypoints/contracts';
import { waitFor } from '@citypoints/testing';
import { internalApi } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { API_PREFIX } from '../routes/gateway-route';
import { activityExamples } from './activity-examples';
import { checkInExamples } from './check-in-examples';
import { leaderboardExamples } from './leaderboard-examples';
import { rewardExamples } from './reward-examples';
import { causeOf } from './rewards-fixture';
import { citizen, createTenant, credit, PASSWORD, Person, staff } from './people';
import { GatewayCluster } from './start-cluster';

/** What a call of a route sends besides its token. */
export interface RouteInput {
  params?: Record<string, string>;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  /** Request headers the route forwards, such as a check-in's Idempotency-Key. */
  headers?: Record<string, string>;
}

/** A call of a route that succeeds for `actor` (undefined on public routes). */
export type RouteExample = (actor: Person | undefined) => Promise<RouteInput>;

/** A fresh person of `role` in `tenant`, signed in. */
export function personOf(cluster: GatewayCluster, tenant: string, role: Role): Promise<Person> {
  return role === 'citizen' ? citizen(cluster, tenant) : staff(cluster, tenant, role);
}

/**
 * For every route of the table, a call that succeeds, in a tenant prepared for them: a group
 * to join, a citizen to receive points, a published cause, an expiry policy, a published
 * activity (activityExamples), a resident on the leaderboards (leaderboardExamples), a partner
 * with an offer on sale (rewardExamples). Password resets need identity's development mail
 * outbox (identityEnv DEVELOPMENT_ROUTES).
 */
export async function routeExamples(
  cluster: GatewayCluster,
  tenant: string,
): Promise<Record<string, RouteExample>> {
  const api = () => request(cluster.gateway.url);
  const as = (person: Person) => (method: 'get' | 'post' | 'patch', path: string) =>
    api()
      [method](API_PREFIX + path)
      .auth(person.accessToken, { type: 'bearer' });
  const admin = await staff(cluster, tenant, 'tenant-admin');
  const [founder, receiver] = [await citizen(cluster, tenant), await citizen(cluster, tenant)];
  await credit(cluster, admin, receiver, 1);
  const group = (await as(founder)('post', '/groups').send({ name: 'Lake walkers', kind: 'team' }))
    .body as { groupId: string; inviteCode: string };
  const causeId = await causeOf(cluster, admin, true);
  await credit(cluster, admin, founder, 10);
  await waitFor('the ledger to open the cause', async () => {
    const donation = { donationId: randomUUID(), causeId, points: 1 };
    const response = await as(founder)('post', '/me/donations').send(donation);
    return response.status === 200 ? true : undefined;
  });
  await as(admin)('patch', '/tenant/settings').send({ pointsExpiryMonths: 24 }).expect(200);
  await waitFor('the ledger to apply the expiry policy', async () =>
    (await as(admin)('get', '/expiry-policy')).status === 200 ? true : undefined,
  );
  const funded = async (actor?: Person) => {
    if (actor) await credit(cluster, admin, actor, 50);
  };
  const member = async (actor?: Person) => {
    if (actor?.role === 'citizen') {
      await as(actor)('post', '/groups/memberships').send({ inviteCode: group.inviteCode });
    }
    return { params: { group: group.groupId } };
  };
  /** A new group that `actor` may manage: theirs when a citizen, else a new citizen's. */
  const managed = async (actor?: Person, joiner?: Person) => {
    const founder = actor?.role === 'citizen' ? actor : await citizen(cluster, tenant);
    const created = await as(founder)('post', '/groups')
      .send({ name: 'Dune keepers', kind: 'team' })
      .expect(201);
    if (joiner) {
      const invite = { inviteCode: created.body.inviteCode };
      await as(joiner)('post', '/groups/memberships').send(invite).expect(200);
    }
    return created.body.groupId as string;
  };
  /** The id of a personal card that `actor` issues at `path`. */
  const personalCard = async (actor: Person | undefined, path: string): Promise<string> => {
    const issued = await as(actor as Person)('post', path).expect(201);
    return issued.body.cardId;
  };
  const activities = await activityExamples(cluster, admin);
  const checkIns = await checkInExamples(cluster, admin);
  const leaderboards = await leaderboardExamples(cluster, admin, checkIns.checkIn);
  const rewards = await rewardExamples(cluster, admin);
  const newPerson = () => ({
    email: `${randomUUID()}@example.org`,
    password: PASSWORD,
    displayName: 'Ana Silva',
  });
  return {
    ...activities,
    ...checkIns,
    ...leaderboards,
    ...rewards,
    signUp: async () => ({ params: { tenant }, body: newPerson() }),
    signIn: async () => {
      const { email } = await citizen(cluster, tenant);
      return { params: { tenant }, body: { email, password: PASSWORD } };
    },
    refreshSession: async () => ({
      params: { tenant },
      body: { refreshToken: (await citizen(cluster, tenant)).refreshToken },
    }),
    requestPasswordReset: async () => ({
      params: { tenant },
      body: { email: (await citizen(cluster, tenant)).email },
    }),
    confirmPasswordReset: async () => ({
      params: { tenant },
      body: {
        token: await resetToken(cluster, await citizen(cluster, tenant)),
        newPassword: 'a new horse battery',
      },
    }),
    verifyEmail: async () => ({
      params: { tenant },
      body: { token: await mailedToken(cluster, await citizen(cluster, tenant), 'verify') },
    }),
    resendEmailVerification: async () => ({}),
    changeMyPassword: async () => ({
      body: { currentPassword: PASSWORD, newPassword: 'a quiet lagoon at dawn' },
    }),
    signOut: async (actor) => ({ body: { refreshToken: actor?.refreshToken } }),
    signOutEverywhere: async () => ({}),
    exportMyData: async (actor) => {
      if (actor?.role === 'citizen') await funded(actor);
      return {};
    },
    getMe: async () => ({}),
    updateMe: async () => ({ body: { displayName: 'Ana Praia', locale: 'sv' } }),
    setConsent: async () => ({ body: { visibility: 'nickname', nickname: 'Lake Walker' } }),
    eraseMe: async () => ({}),
    createGroup: async () => ({ body: { name: 'Beach cleaners', kind: 'association' } }),
    joinGroup: async () => ({ body: { inviteCode: group.inviteCode } }),
    listGroups: async () => ({ query: { search: 'lake', limit: '5' } }),
    listMyGroups: async (actor) => (await member(actor), {}),
    leaveGroup: member,
    listGroupMembers: member,
    renameGroup: async (actor) => ({
      params: { group: await managed(actor) },
      body: { name: 'Dune runners' },
    }),
    removeGroupMember: async (actor) => {
      const joiner = await citizen(cluster, tenant);
      return { params: { group: await managed(actor, joiner), person: joiner.userId } };
    },
    handOverGroup: async (actor) => {
      const joiner = await citizen(cluster, tenant);
      return { params: { group: await managed(actor, joiner) }, body: { person: joiner.userId } };
    },
    deleteGroup: async (actor) => ({ params: { group: await managed(actor) } }),
    findPersonByShareCode: async () => {
      const me = await as(receiver)('get', '/me').expect(200);
      return { query: { code: me.body.shareCode } };
    },
    issueQrToken: async () => ({}),
    verifyQrToken: async () => {
      const holder = await citizen(cluster, tenant);
      const issued = await as(holder)('post', '/me/qr-token').expect(201);
      return { body: { token: issued.body.token } };
    },
    issueMyPersonalCard: async () => ({}),
    listMyPersonalCards: async () => ({}),
    revokeMyPersonalCard: async (actor) => ({
      params: { card: await personalCard(actor, '/me/personal-cards') },
    }),
    issuePersonalCard: async () => ({ params: { person: receiver.userId } }),
    listPersonalCards: async () => ({ params: { person: receiver.userId } }),
    revokePersonalCard: async (actor) => ({
      params: {
        person: receiver.userId,
        card: await personalCard(actor, `/people/${receiver.userId}/personal-cards`),
      },
    }),
    getMyBalance: async (actor) => (await funded(actor), {}),
    getMyHistory: async (actor) => (await funded(actor), { query: { limit: '5' } }),
    transferPoints: async (actor) => {
      await funded(actor);
      return { body: { transferId: randomUUID(), to: receiver.userId, points: 5 } };
    },
    donatePoints: async (actor) => {
      await funded(actor);
      return { body: { donationId: randomUUID(), causeId, points: 5 } };
    },
    issueEventTicket: async () => ({}),
    streamMyEvents: async () => ({}),
    addPerson: async () => ({ body: { ...newPerson(), role: 'verifier' } }),
    adjustAccount: async () => ({
      params: { account: receiver.userId },
      body: { adjustmentId: randomUUID(), points: 5, reason: 'goodwill for the lake clean-up' },
    }),
    getTotals: async () => ({}),
    listPeople: async () => ({ query: { search: 'Ana', role: 'citizen', limit: '5' } }),
    getPerson: async () => ({ params: { person: receiver.userId } }),
    getPersonBalance: async () => ({ params: { person: receiver.userId } }),
    getPersonHistory: async () => ({ params: { person: receiver.userId }, query: { limit: '5' } }),
    changePersonRole: async () => ({
      params: { person: (await citizen(cluster, tenant)).userId },
      body: { role: 'verifier' },
    }),
    suspendPerson: async () => ({ params: { person: (await citizen(cluster, tenant)).userId } }),
    reinstatePerson: async () => ({ params: { person: (await citizen(cluster, tenant)).userId } }),
    erasePerson: async () => ({ params: { person: (await citizen(cluster, tenant)).userId } }),
    getTenantSettings: async () => ({}),
    getStatistics: async () => ({ query: { from: '2026-09-07', to: '2026-11-29' } }),
    getWeeklyTotals: async () => ({ query: { from: '2026-09-07', to: '2026-11-29' } }),
    getExpiryPolicy: async () => ({}),
    updateTenantSettings: async () => ({ body: { pointsExpiryMonths: 24 } }),
    createTenant: async () => ({
      body: {
        slug: `t-${randomUUID().slice(0, 8)}`,
        name: 'Cascais',
        defaultLocale: 'pt',
        timeZone: 'Europe/Lisbon',
      },
    }),
    addTenantAdmin: async () => {
      const slug = `t-${randomUUID().slice(0, 8)}`;
      await createTenant(cluster, slug);
      return { params: { tenant: slug }, body: newPerson() };
    },
  };
}

/** The token of a password reset requested for `person`, from identity's mail outbox. */
async function resetToken(cluster: GatewayCluster, person: Person): Promise<string> {
  await request(cluster.gateway.url)
    .post(`${API_PREFIX}/tenants/${person.tenant}/password-resets`)
    .send({ email: person.email })
    .expect(202);
  return mailedToken(cluster, person, 'reset');
}

/** The token at the end of the newest mail to `person` whose subject names `what`. */
async function mailedToken(cluster: GatewayCluster, person: Person, what: string) {
  const outbox = await internalApi(cluster.identityUrl, 'identity');
  const mail = await outbox
    .get(`/tenants/${person.tenant}/mail-outbox`)
    .query({ recipient: person.email })
    .expect(200);
  const mails = mail.body as { subject: string; body: string }[];
  const found = mails.find(({ subject }) => subject.toLowerCase().includes(what));
  const token = /([A-Za-z0-9_-]{20,})\s*$/.exec(found?.body ?? '')?.[1];
  if (!token) throw new Error(`no ${what} token in ${JSON.stringify(mail.body)}`);
  return token;
}
