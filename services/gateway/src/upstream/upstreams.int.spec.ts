import { ServiceTokenSigner } from '@citypoints/platform';
import { serviceKeys } from '@citypoints/testing';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Upstreams } from './upstreams';

/**
 * The gateway's client of the internal APIs against a real HTTP server on loopback that keeps
 * what it was sent and answers a file, as the activities service answers a poster.
 */
describe('Upstreams', () => {
  let server: Server;
  let upstreams: Upstreams;
  const received: IncomingHttpHeaders[] = [];
  const pdf = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n', 'latin1');

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(request.headers);
      response.setHeader('content-type', 'application/pdf');
      response.setHeader('content-disposition', 'attachment; filename="poster-1.pdf"');
      response.end(pdf);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    upstreams = new Upstreams(
      {
        identity: url,
        ledger: url,
        activities: url,
        verification: url,
        rankings: url,
        rewards: url,
      },
      5000,
      new ServiceTokenSigner(serviceKeys().privateKey),
    );
  });

  afterAll(async () => {
    await upstreams?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('sends the headers a route passes on, beside its own, and never lets them replace those', async () => {
    received.length = 0;
    await upstreams.send('verification', {
      method: 'POST',
      path: '/tenants/cascais/check-ins',
      body: { code: 'CP1.S…' },
      requestId: 'request-1',
      headers: { 'idempotency-key': 'key-1', authorization: 'Bearer forged' },
    });
    const [headers] = received;
    expect(headers['idempotency-key']).toBe('key-1');
    expect(headers['x-request-id']).toBe('request-1');
    expect(headers.authorization).toMatch(/^Bearer eyJ/);
  });

  it('sends no client header when the route passes none on', async () => {
    received.length = 0;
    await upstreams.send('activities', { method: 'GET', path: '/x', requestId: 'request-2' });
    expect(received[0]).not.toHaveProperty('idempotency-key');
  });

  it("answers a file with the service's content-type and content-disposition, byte for byte", async () => {
    const answer = await upstreams.send('activities', {
      method: 'GET',
      path: '/tenants/cascais/activities/1/poster.pdf',
      requestId: 'request-3',
    });
    expect(answer).toEqual({
      status: 200,
      body: pdf,
      contentType: 'application/pdf',
      contentDisposition: 'attachment; filename="poster-1.pdf"',
    });
  });
});
