import { Agent, request } from 'node:http';
import { Answer } from './demo-system';

/** A JSON call to one server: path, optional token, body, method and headers. */
export type Caller = (
  path: string,
  init?: { token?: string; body?: object; method?: string; headers?: Record<string, string> },
) => Promise<Answer>;

/**
 * A JSON caller of the HTTP server at `base` (`http://localhost:3000`), its connections from
 * `localAddress` when given. Each demo resident calls from an address of its own in 127/8, as
 * residents call from their own phones: the gateway's per-address rate limit
 * counts them apart, as it would count 200 phones, rather than as one client over its limit.
 */
export function callerAt(base: string, localAddress?: string): Caller {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  return (path, init = {}) =>
    new Promise((resolve, reject) => {
      const payload = init.body && JSON.stringify(init.body);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path,
          method: init.method ?? (init.body ? 'POST' : 'GET'),
          agent,
          localAddress,
          headers: {
            'content-type': 'application/json',
            ...(init.token && { authorization: `Bearer ${init.token}` }),
            ...init.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown;
            try {
              body = text ? JSON.parse(text) : undefined;
            } catch {
              body = text;
            }
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
}
