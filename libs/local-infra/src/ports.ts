import { createServer, Server } from 'node:net';

/**
 * Ports nobody listens on right now. All are held open until every one is found, so the
 * answer has no duplicates.
 */
export async function findFreePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => listenOn(0)));
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    return address.port;
  });
  await Promise.all(servers.map(close));
  return ports;
}

export async function portIsFree(port: number): Promise<boolean> {
  try {
    await close(await listenOn(port));
    return true;
  } catch {
    return false;
  }
}

function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
