import {
  createTestDatabase,
  ServiceProcess,
  startServiceProcess,
  TestDatabase,
  uniqueName,
} from '@citypoints/testing';
import { internalApi } from '@citypoints/platform/testing';
import { exportPKCS8, generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { API_PREFIX } from './routes/gateway-route';

// What a secret looks like whoever it belongs to: a JWT (access, QR or service token), a
// Bearer credential, an e-mail address.
const SECRET_SHAPES = [
  /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*/,
  /bearer\s+\S/i,
  /[\w.+-]+@[\w-]+\.[\w.-]+/,
];

/**
 * Identity, the ledger and the gateway as processes, logging at debug level, through a
 * person's sessions and some failures: not one line any of them writes holds a token, a
 * password, an e-mail address or an Authorization header's value.
 */
describe('the logs of the services and the gateway', () => {
  const tenant = 'log-town';
  const topicPrefix = `${uniqueName('logscan')}.`;
  const lines: string[] = [];
  const secrets = new Set<string>();
  const databases: TestDatabase[] = [];
  const services: ServiceProcess[] = [];
  let gateway: ServiceProcess;
  let identity: ServiceProcess;

  const capture = (service: string) => {
    let rest = '';
    return (chunk: Buffer) => {
      const [last, ...complete] = (rest + chunk.toString('utf8')).split('\n').reverse();
      rest = last;
      lines.push(...complete.reverse().map((line) => `${service}: ${line}`));
    };
  };

  const start = async (name: string, env: Record<string, string>, managementPort = false) => {
    const service = await startServiceProcess(
      name,
      { LOG_LEVEL: 'debug', KAFKA_TOPIC_PREFIX: topicPrefix, ...env },
      { output: capture(name), managementPort },
    );
    services.push(service);
    return service;
  };

  beforeAll(async () => {
    const [identityDb, ledgerDb] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    databases.push(identityDb, ledgerDb);
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const ledger = await start('ledger', { DATABASE_URL: ledgerDb.url });
    identity = await start('identity', {
      DATABASE_URL: identityDb.url,
      JWT_PRIVATE_KEY: (await exportPKCS8(privateKey)).replaceAll('\n', '\\n'),
      DEVELOPMENT_ROUTES: 'true',
    });
    gateway = await start(
      'gateway',
      {
        IDENTITY_URL: identity.url,
        LEDGER_URL: ledger.url,
        // The journey reaches neither: nothing of theirs is logged here.
        ACTIVITIES_URL: 'http://127.0.0.1:9',
        VERIFICATION_URL: 'http://127.0.0.1:9',
        RANKINGS_URL: 'http://127.0.0.1:9',
        REWARDS_URL: 'http://127.0.0.1:9',
        REDIS_KEY_PREFIX: `${uniqueName('logscan')}:`,
      },
      true,
    );
    await (
      await internalApi(identity.url, 'identity')
    )
      .post('/tenants')
      .send({ slug: tenant, name: 'Log Town', defaultLocale: 'sv', timeZone: 'Europe/Stockholm' })
      .expect(201);
    await journey();
    // Stopping flushes what each process still buffers.
    await Promise.all(services.splice(0).map((service) => service.stop()));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  const api = () => request(gateway.url);
  const kept = <T extends string>(secret: T): T => (secrets.add(secret), secret);

  /** Sign-up, sign-in, reads, a refresh, a password reset, sign-out and some failures. */
  async function journey(): Promise<void> {
    const email = kept(`ana.${randomUUID()}@example.org`);
    const password = kept(`Pw-${randomUUID()}`);
    const newPassword = kept(`New-${randomUUID()}`);
    await api()
      .post(`${API_PREFIX}/tenants/${tenant}/sign-up`)
      .send({ email, password, displayName: 'Ana Silva' })
      .expect(201);
    const signedIn = await signIn(email, password);
    const bearer = (token: string) => ({ authorization: kept(`Bearer ${token}`) });
    for (const path of ['/me/balance', '/me/history?limit=5', '/me/export']) {
      await api().get(`${API_PREFIX}${path}`).set(bearer(signedIn.accessToken));
    }
    const refreshed = await api()
      .post(`${API_PREFIX}/tenants/${tenant}/sessions/refresh`)
      .send({ refreshToken: signedIn.refreshToken })
      .expect(200);
    kept(refreshed.body.accessToken);
    kept(refreshed.body.refreshToken);
    await api()
      .post(`${API_PREFIX}/tenants/${tenant}/password-resets`)
      .send({ email: email.toUpperCase() })
      .expect(202);
    const token = kept(await resetToken(email));
    await api()
      .post(`${API_PREFIX}/tenants/${tenant}/password-resets/confirmations`)
      .send({ token, newPassword })
      .expect(204);
    const again = await signIn(email, newPassword);
    await failures(email, password, again.accessToken);
    await api()
      .post(`${API_PREFIX}/me/sign-out`)
      .set(bearer(again.accessToken))
      .send({ refreshToken: again.refreshToken })
      .expect(204);
  }

  async function signIn(email: string, password: string) {
    const session = await api()
      .post(`${API_PREFIX}/tenants/${tenant}/sessions`)
      .send({ email, password })
      .expect(200);
    kept(session.body.accessToken);
    kept(session.body.refreshToken);
    return session.body as { accessToken: string; refreshToken: string };
  }

  /** Refusals of every layer: wrong credentials, bad input, a forged and a wrong-kind token. */
  async function failures(email: string, oldPassword: string, accessToken: string) {
    const signInWith = (body: object | string) =>
      api().post(`${API_PREFIX}/tenants/${tenant}/sessions`).type('json').send(body);
    expect((await signInWith({ email, password: oldPassword })).status).toBe(401);
    expect((await signInWith(`{"email":"${email}","password":"${oldPassword}"`)).status).toBe(400);
    expect((await signInWith({ email, password: oldPassword, extra: email })).status).toBe(400);
    const taken = { email, password: oldPassword, displayName: 'Ana' };
    expect((await api().post(`${API_PREFIX}/tenants/${tenant}/sign-up`).send(taken)).status).toBe(
      409,
    );
    const forged = kept(`${accessToken.slice(0, -4)}AAAA`);
    expect(
      (await api().get(`${API_PREFIX}/me/balance`).set('authorization', `Bearer ${forged}`)).status,
    ).toBe(401);
    const byQuery = await api().get(`${API_PREFIX}/me/balance?access_token=${accessToken}`);
    expect(byQuery.status).toBe(401);
  }

  async function resetToken(email: string): Promise<string> {
    const outbox = await (
      await internalApi(identity.url, 'identity')
    )
      .get(`/tenants/${tenant}/mail-outbox`)
      .query({ recipient: email })
      .expect(200);
    const token = /([A-Za-z0-9_-]{20,})\s*$/.exec(outbox.body[0]?.body ?? '')?.[1];
    if (!token) throw new Error('no reset token in the mail outbox');
    return token;
  }

  it('were written by every process, request by request', () => {
    for (const service of ['identity', 'ledger', 'gateway']) {
      expect(lines.filter((line) => line.startsWith(`${service}: `)).length).toBeGreaterThan(0);
    }
    const gatewayRequests = lines.filter(
      (line) => line.startsWith('gateway: ') && /"req"/.test(line),
    );
    expect(gatewayRequests.join('\n')).toContain(`${API_PREFIX}/tenants/${tenant}/sessions`);
    expect(gatewayRequests.join('\n')).toContain('"statusCode":401');
  });

  it('hold none of the tokens, passwords, e-mail addresses or Authorization values used', () => {
    expect(secrets.size).toBeGreaterThan(10);
    const leaks = lines.flatMap((line) =>
      [...secrets].filter((secret) => line.includes(secret)).map((secret) => ({ secret, line })),
    );
    expect(leaks).toEqual([]);
  });

  it('hold nothing shaped like a token, a Bearer credential or an e-mail address', () => {
    const leaks = lines.filter((line) => SECRET_SHAPES.some((shape) => shape.test(line)));
    expect(leaks).toEqual([]);
  });
});
