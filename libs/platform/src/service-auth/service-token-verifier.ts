import { ROLES, Role, TENANT_ID } from '@citypoints/contracts';
import { createPublicKey, KeyObject } from 'node:crypto';
import { JWTPayload, jwtVerify } from 'jose';
import { Actor, SERVICE_TOKEN } from './service-token';

/** The call carries no service token, or one that is forged, expired or for another service. */
export class ServiceTokenError extends Error {}

const CACHED_TOKENS = 10_000;

/**
 * Checks the service tokens addressed to one service (see SERVICE_TOKEN). A token already
 * checked is remembered until it expires: the gateway reuses one per person for half a minute,
 * and an ES256 check costs more than the rest of a balance read.
 */
export class ServiceTokenVerifier {
  private readonly key: KeyObject;
  private readonly verified = new Map<string, { actor?: Actor; expiresAt: number }>();

  /** `publicKeyPem`: SPKI PEM on P-256; `service`: the audience tokens must name. */
  constructor(
    publicKeyPem: string,
    private readonly service: string,
  ) {
    this.key = createPublicKey(publicKeyPem);
  }

  /**
   * The actor of a call from its `Authorization` header: undefined when the gateway calls for
   * nobody in particular. Throws ServiceTokenError when the header holds no valid token.
   */
  async actorOf(authorization: string | undefined): Promise<Actor | undefined> {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new ServiceTokenError('this internal API needs a service token');
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.actor;
    const payload = await this.verify(token);
    const actor = payload.sub === undefined ? undefined : actorFrom(payload);
    if (this.verified.size >= CACHED_TOKENS) this.verified.clear();
    this.verified.set(token, { actor, expiresAt: Number(payload.exp) * 1000 });
    return actor;
  }

  private async verify(token: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [SERVICE_TOKEN.algorithm],
        issuer: SERVICE_TOKEN.issuer,
        audience: this.service,
        typ: SERVICE_TOKEN.type,
        requiredClaims: ['exp'],
      });
      return payload;
    } catch {
      throw new ServiceTokenError('the service token is not valid for this service');
    }
  }
}

function actorFrom({ sub, tenant, role, gen }: JWTPayload): Actor {
  if (
    typeof tenant !== 'string' ||
    !TENANT_ID.test(tenant) ||
    !ROLES.includes(role as Role) ||
    typeof gen !== 'number'
  ) {
    throw new ServiceTokenError('the service token names no valid tenant, role and generation');
  }
  return { userId: sub as string, tenant, role: role as Role, generation: gen };
}
