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
 * inline script), the API on this origin, images also as data: and blob: URLs (QR codes), the
 * camera and position only for this origin, no framing.
 */
export const WEB_APP_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
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

/**
 * Serves the built web app (`dir`, Vite's output: index.html, sw.js, the manifest, assets/)
 * at the gateway's root, with @fastify/static: each file at its path, hashed assets cached
 * immutably for a year, the rest revalidated on each load (no-cache) so that a new release
 * (index.html, the service worker) is seen at once. A GET of any other path outside the API
 * that asks for HTML gets index.html, so that the app's own routes (/t/<town>/…) load on a
 * reload or a shared link. Throws when `dir` has no index.html. Call before the app starts.
 */
export async function serveWebApp(fastify: FastifyInstance, dir: string): Promise<void> {
  const root = resolve(dir);
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
        .headers(WEB_APP_HEADERS)
        .header(
          'cache-control',
          HASHED.test(served) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
    },
  });
  fastify.addHook('onRequest', (request, reply) => appPage(request, reply, index));
}

// index.html for a page of the app: a GET for HTML of a path no file or route serves.
async function appPage(
  request: FastifyRequest,
  reply: FastifyReply,
  index: string,
): Promise<FastifyReply | void> {
  if (request.method !== 'GET') return;
  const path = request.url.split('?')[0];
  if (NOT_THE_APP.test(path) || request.routeOptions.url !== undefined) return;
  if (!(request.headers.accept ?? '').includes('text/html')) return;
  void reply
    .status(200)
    .headers({ ...WEB_APP_HEADERS, 'content-type': 'text/html; charset=utf-8' })
    .header('cache-control', 'no-cache')
    .header('content-length', String(statSync(index).size))
    .send(createReadStream(index));
  return reply;
}
