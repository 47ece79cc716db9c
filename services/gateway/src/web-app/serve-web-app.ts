import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Paths the gateway answers itself: the API, its documents and the management paths.
const NOT_THE_APP = /^\/(api|health|metrics)(\/|$)/;
// Built files whose names carry their content's hash: cached for a year.
const HASHED = /^\/assets\//;

/**
 * What a browser is told about the app's pages: scripts and styles only from this origin (no
 * inline script), the API on this origin, images also as data: and blob: URLs (QR codes) and
 * from the map's tile server when there is one (`tileOrigin`), the camera and position only for
 * this origin, no framing.
 */
export function webAppHeaders(tileOrigin?: string): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'permissions-policy': 'camera=(self), geolocation=(self), microphone=()',
  };
}

/**
 * The origin a map tile URL template (`https://{s}.tile.example.org/{z}/{x}/{y}.png`) loads
 * from, as a Content-Security-Policy source: a `{s}` subdomain becomes `*`.
 */
export function tileOrigin(template: string): string {
  const sub = 'tile-subdomain';
  const url = new URL(template.replaceAll('{s}', sub).replace(/\{[a-z]\}/g, '0'));
  return `${url.protocol}//${url.host.replace(sub, '*')}`;
}

/**
 * Serves the built web app (`dir`, Vite's output: index.html, sw.js, the manifest, assets/)
 * at the gateway's root, with @fastify/static: each file at its path, hashed assets cached
 * immutably for a year, the rest revalidated on each load (no-cache) so that a new release
 * (index.html, the service worker) is seen at once. A GET of any other path outside the API
 * that asks for HTML gets index.html, so that the app's own routes (/t/<town>/…) load on a
 * reload or a shared link. GET /app-config.json tells the app the map's tile server
 * (`mapTileUrl`, a URL template; none: plotted maps only). Throws when `dir` has no index.html.
 * Call before the app starts.
 */
export async function serveWebApp(
  fastify: FastifyInstance,
  dir: string,
  { mapTileUrl = '' }: { mapTileUrl?: string } = {},
): Promise<void> {
  const root = resolve(dir);
  const headers = webAppHeaders(mapTileUrl ? tileOrigin(mapTileUrl) : undefined);
  // What the app reads of this installation at start (services/web/src/admin/app-config.ts).
  const config = JSON.stringify(mapTileUrl ? { mapTileUrl } : {});
  fastify.get('/app-config.json', (_request, reply) =>
    reply.header('cache-control', 'no-cache').type('application/json').send(config),
  );
  const index = join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_APP_DIR ${root} holds no index.html`);
  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    decorateReply: false,
    cacheControl: false,
    setHeaders: (reply, path) => {
      const served = path.slice(root.length).replaceAll('\\', '/');
      void reply
        .headers(headers)
        .header(
          'cache-control',
          HASHED.test(served) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
    },
  });
  fastify.addHook('onRequest', (request, reply) => appPage(request, reply, index, headers));
}

// index.html for a page of the app: a GET for HTML of a path no file or route serves.
async function appPage(
  request: FastifyRequest,
  reply: FastifyReply,
  index: string,
  headers: Record<string, string>,
): Promise<FastifyReply | void> {
  if (request.method !== 'GET') return;
  const path = request.url.split('?')[0];
  if (NOT_THE_APP.test(path) || request.routeOptions.url !== undefined) return;
  if (!(request.headers.accept ?? '').includes('text/html')) return;
  void reply
    .status(200)
    .headers({ ...headers, 'content-type': 'text/html; charset=utf-8' })
    .header('cache-control', 'no-cache')
    .header('content-length', String(statSync(index).size))
    .send(createReadStream(index));
  return reply;
}
