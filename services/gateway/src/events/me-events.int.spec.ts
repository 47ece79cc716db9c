import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { waitFor } from '@citypoints/testing';
import { citizen, createTenant, credit, Person, staff } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

interface ReceivedEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Reads a server-sent event stream in the background, collecting its events and comments. */
async function listen(url: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/v1/me/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const events: ReceivedEvent[] = [];
  let comments = 0;
  let buffer = '';
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(
            frame
              .split('\n')
              .filter((line) => !line.startsWith(':'))
              .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
          );
          if (frame.includes(': heartbeat')) comments++;
          if (fields.event) events.push({ event: fields.event, data: JSON.parse(fields.data) });
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    response,
    events,
    heartbeats: () => comments,
    close: () => controller.abort(),
  };
}

describe('GET /api/v1/me/events', () => {
  const tenant = 'live-town';
  let cluster: GatewayCluster;
  let admin: Person;

  beforeAll(async () => {
    cluster = await startCluster({ SSE_HEARTBEAT_MS: '300' });
    await createTenant(cluster, tenant);
    admin = await staff(cluster, tenant, 'tenant-admin');
    await waitFor('the live feed to join Kafka', async () =>
      (await request(cluster.gateway.managementUrl).get('/health/ready')).status === 200
        ? true
        : undefined,
    );
  });

  afterAll(async () => {
    await cluster?.close();
  });

  it("pushes a person's own balance changes, not another person's, with heartbeats", async () => {
    const [ana, rui, eva] = [
      await citizen(cluster, tenant),
      await citizen(cluster, tenant),
      await citizen(cluster, tenant),
    ];
    await credit(cluster, admin, ana, 100);
    await credit(cluster, admin, eva, 100);
    const [anaStream, ruiStream] = [
      await listen(cluster.gateway.url, ana.accessToken),
      await listen(cluster.gateway.url, rui.accessToken),
    ];
    try {
      expect(anaStream.response.status).toBe(200);
      expect(anaStream.response.headers.get('content-type')).toContain('text/event-stream');
      const transferId = randomUUID();
      await request(cluster.gateway.url)
        .post('/api/v1/me/transfers')
        .auth(ana.accessToken, { type: 'bearer' })
        .send({ transferId, to: rui.userId, points: 25 })
        .expect(200);
      // Eva's own transfer to herself is impossible; her adjustment concerns only her.
      await credit(cluster, admin, eva, 7);

      const sent = await waitFor('Ana to receive her transfer', async () =>
        anaStream.events.find((e) => e.event === 'PointsTransferred'),
      );
      expect(sent.data).toMatchObject({
        transferId,
        fromAccountId: ana.userId,
        toAccountId: rui.userId,
        points: 25,
        fromBalance: 75,
      });
      const received = await waitFor('Rui to receive the transfer', async () =>
        ruiStream.events.find((e) => e.event === 'PointsTransferred'),
      );
      expect(received.data).toMatchObject({ transferId, toBalance: 25 });
      await waitFor('a heartbeat', async () => (anaStream.heartbeats() > 0 ? true : undefined));

      const everything = JSON.stringify([...anaStream.events, ...ruiStream.events]);
      expect(everything).not.toContain(eva.userId);
    } finally {
      anaStream.close();
      ruiStream.close();
    }
  });
});
