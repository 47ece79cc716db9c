import { DomainError } from '@citypoints/contracts';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Problem } from '../problems/problem';
import { Actor } from './service-token';
import { ServiceTokenError, ServiceTokenVerifier } from './service-token-verifier';
import { WITHOUT_SERVICE_TOKEN } from './without-service-token';

/** The challenge of a refused service token, so that callers tell it from a person's 401. */
export const SERVICE_TOKEN_CHALLENGE = 'ServiceToken realm="citypoints-internal"';

/** A request that passed the guard, with the person the gateway acts for, if any. */
export interface ServiceRequest {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string | undefined>;
  actor?: Actor;
}

/**
 * Every internal HTTP route answers only calls with a valid service token (401 otherwise),
 * except those marked WithoutServiceToken; a call acting for a person of one tenant may not
 * name another tenant in its path (403), unless the person is a platform operator. Kafka
 * handlers are not HTTP and pass.
 */
@Injectable()
export class ServiceTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: ServiceTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const open = this.reflector.getAllAndOverride<boolean>(WITHOUT_SERVICE_TOKEN, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (open) return true;
    const request = context.switchToHttp().getRequest<ServiceRequest>();
    const authorization = request.headers.authorization;
    try {
      request.actor = await this.verifier.actorOf(
        typeof authorization === 'string' ? authorization : undefined,
      );
    } catch (error) {
      if (error instanceof ServiceTokenError) {
        // Tells the gateway that it, not the person it acts for, was refused.
        throw new Problem(401, error.message, undefined, {
          'WWW-Authenticate': SERVICE_TOKEN_CHALLENGE,
        });
      }
      throw error;
    }
    assertOwnTenant(request);
    return true;
  }
}

// Tenant isolation does not rest on the gateway's paths alone.
function assertOwnTenant({ actor, params }: ServiceRequest): void {
  const tenant = params?.tenant;
  if (!actor || tenant === undefined || actor.role === 'platform-operator') return;
  if (tenant !== actor.tenant) {
    throw new DomainError(
      'forbidden',
      'other-tenant',
      `a person of ${actor.tenant} may not act in tenant ${tenant}`,
    );
  }
}
