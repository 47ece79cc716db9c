import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startServiceProcess } from './start-service-process';

describe('startServiceProcess', () => {
  let impostor: Server;

  beforeAll(async () => {
    // Another cluster's service, ready on the port this one is given.
    impostor = createServer((_, response) => response.writeHead(200).end('{"status":"ok"}'));
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => impostor.close(resolve));
  });

  it('does not take another process answering on its port for the service it started', async () => {
    const { port } = impostor.address() as AddressInfo;
    await expect(startServiceProcess('ledger', {}, { ports: { api: port } })).rejects.toThrow(
      `another process answers on http://127.0.0.1:${port} for ledger`,
    );
  });
});
