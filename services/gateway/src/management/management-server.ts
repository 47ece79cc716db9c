import { pathOf, Problem, sendProblem } from '@citypoints/platform';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

const MANAGEMENT_PATHS = /^\/(health|metrics)(\/|$)/;
const VIA_MANAGEMENT = Symbol('via the management port');

type ManagementRequest = IncomingMessage & { [VIA_MANAGEMENT]?: true };

/**
 * The gateway's second port, for operators: /health (with each dependency's state) and
 * /metrics answer there and only there, so clients of the public port learn nothing of the
 * cluster's insides. The same application serves both ports: this server hands each request
 * to Fastify's router, as Fastify's own server does.
 */
@Injectable()
export class ManagementServer implements OnApplicationShutdown {
  private server?: Server;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Listens on `port` (0: any free one) of `host`; returns the port it got. */
  async listen(port: number, host: string): Promise<number> {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const server = createServer((request: ManagementRequest, response) => {
      request[VIA_MANAGEMENT] = true;
      fastify.routing(request, response);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** True for a request that came in on the management port. */
export function viaManagementPort(request: IncomingMessage): boolean {
  return (request as ManagementRequest)[VIA_MANAGEMENT] === true;
}

/** Fastify onRequest hook: management paths only on the management port, the API only off it. */
export async function managementPathsApart(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | void> {
  const path = pathOf(request);
  if (MANAGEMENT_PATHS.test(path) === viaManagementPort(request.raw)) return;
  sendProblem(request, reply, new Problem(404, `there is no ${path}`));
  return reply;
}
