import { Cluster, startTestServices } from '@citypoints/cluster';
import { serviceAuthorization } from '@citypoints/platform/testing';
import { ServiceTokenSigner } from '@citypoints/platform';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { connect } from 'node:net';

type Operations = Record<string, Record<string, unknown>>;

// Only the gateway is public: each service listens on loopback alone and answers every route
// of its internal API (as its own OpenAPI document lists them) only to the gateway's service
// token, addressed to it.
describe('internal APIs', () => {
  const NAMES = [
    'identity',
    'ledger',
    'verification',
    'activities',
    'rankings',
    'rewards',
  ] as const;
  type Name = (typeof NAMES)[number];
  let cluster: Cluster<Name>;

  beforeAll(async () => {
    cluster = await startTestServices(NAMES);
  });

  afterAll(async () => {
    await cluster?.close();
  });

  // Probes, Prometheus and the public key answer anyone who can reach the port.
  const OPEN = /^\/(health|metrics|\.well-known)\b/;

  /** Every route of the service's internal API, with its parameters filled in. */
  async function operations(name: Name): Promise<[method: string, path: string][]> {
    const document = (await (await fetch(`${cluster.services[name].url}/openapi.json`)).json()) as {
      paths: Operations;
    };
    const internal = Object.entries(document.paths).filter(([path]) => !OPEN.test(path));
    return internal.flatMap(([template, methods]) =>
      Object.keys(methods).map((method): [string, string] => [
        method.toUpperCase(),
        template.replace('{tenant}', 'cascais').replace(/\{\w+\}/g, randomUUID()),
      ]),
    );
  }

  const call = (url: string, method: string, authorization?: string) =>
    fetch(url, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(authorization && { authorization }),
      },
      ...(method !== 'GET' && { body: '{}' }),
    });

  it.each(NAMES)(
    '%s refuses every route without the service token, or with one not for it',
    async (name) => {
      const routes = (await operations(name)).filter(
        ([, path]) => !path.startsWith('/.well-known'),
      );
      expect(routes.length).toBeGreaterThan(0);
      const forged = await new ServiceTokenSigner(
        generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      ).authorization(name);
      const otherService = await serviceAuthorization(name === 'ledger' ? 'identity' : 'ledger');
      for (const [method, path] of routes) {
        for (const authorization of [undefined, forged, otherService, 'Bearer x.y.z']) {
          const response = await call(cluster.services[name].url + path, method, authorization);
          expect({ method, path, status: response.status }).toEqual({ method, path, status: 401 });
          expect(response.headers.get('www-authenticate')).toContain('ServiceToken');
        }
      }
    },
  );

  it('refuses a call acting for a person of one tenant that names another tenant', async () => {
    const ana = {
      userId: randomUUID(),
      tenant: 'cascais',
      role: 'tenant-admin' as const,
      generation: 0,
    };
    const asAna = await serviceAuthorization('ledger', ana);
    const other = await call(`${cluster.services.ledger.url}/tenants/sintra/totals`, 'GET', asAna);
    expect(other.status).toBe(403);
    expect(((await other.json()) as { detail: string }).detail).toBe(
      'a person of cascais may not act in tenant sintra',
    );
    const own = await call(`${cluster.services.ledger.url}/tenants/cascais/totals`, 'GET', asAna);
    expect(own.status).toBe(200);
  });

  it.each(NAMES)('%s answers the gateway, and listens on 127.0.0.1 only', async (name) => {
    const { url } = cluster.services[name];
    const [[method, path]] = await operations(name);
    const response = await call(url + path, method, await serviceAuthorization(name));
    expect(response.status).not.toBe(401);
    // The rest of 127.0.0.0/8 is loopback too: a service listening on every interface would
    // answer there, one bound to 127.0.0.1 does not.
    const port = Number(new URL(url).port);
    await expect(reachable('127.0.0.1', port)).resolves.toBe(true);
    await expect(reachable('127.0.0.2', port)).resolves.toBe(false);
  });
});

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
