import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePorts } from '@citypoints/local-infra';
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

  it('appends what the service writes to its log file, and names the file when it exits', async () => {
    const logFile = join(mkdtempSync(join(tmpdir(), 'service-log-')), 'ledger.log');
    const [port] = await findFreePorts(1);
    await expect(
      startServiceProcess(
        'ledger',
        { DATABASE_URL: 'not-a-url' },
        { ports: { api: port }, logFile },
      ),
    ).rejects.toThrow(`ledger exited with code 1 (its log: ${logFile})`);
    expect(readFileSync(logFile, 'utf8')).toContain('ledger cannot start: DATABASE_URL');
  });
});
