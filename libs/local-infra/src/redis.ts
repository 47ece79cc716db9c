import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { LocalServer } from './local-server';
import { run } from './run';
import { StackOptions, StackPorts } from './stack-options';

export const redisServer: LocalServer = {
  name: 'redis',
  ports: (ports) => [ports.redis],
  pidFile: (dir) => join(dir, 'redis', 'redis.pid'),
  logFile: (dir) => join(dir, 'redis', 'redis.log'),
  stopSignal: 'SIGTERM',
  readyTimeoutMs: 10_000,
  launch: launchRedis,
  isReady: answersPing,
};

async function launchRedis({ dir, ports, durable }: StackOptions): Promise<void> {
  const redisDir = join(dir, 'redis');
  mkdirSync(redisDir, { recursive: true });
  await run('redis-server', [
    ...['--port', String(ports.redis), '--bind', '127.0.0.1', '--dir', redisDir],
    ...['--daemonize', 'yes', '--pidfile', redisServer.pidFile(dir)],
    ...['--logfile', redisServer.logFile(dir)],
    // Keeps the arguments on the command line, where stopStack looks for this stack's folder.
    ...['--set-proc-title', 'no'],
    ...(durable ? ['--appendonly', 'yes'] : ['--save', '', '--appendonly', 'no']),
  ]);
}

function answersPing(ports: StackPorts): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = connect(ports.redis, '127.0.0.1');
    let reply = '';
    socket.setTimeout(2_000, () => socket.destroy(new Error('no answer to PING')));
    socket.on('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (!reply.includes('\r\n')) return;
      socket.end();
      // Anything else, such as -LOADING while it reads its data, means "not yet".
      resolve(reply.startsWith('+PONG'));
    });
    socket.on('error', reject);
  });
}
