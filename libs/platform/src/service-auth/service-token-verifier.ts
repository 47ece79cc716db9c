import { ROLES, Role, TENANT_ID } from '@citypoints/contracts';
import { createPublicKey, KeyObject } from 'node:crypto';
import { JWTPayload, jwtVerify } from 'jose';
import { Actor, SERVICE_TOKEN } from './service-token';

/** The call carries no service token, or one that is forged, expired or for another service. */
export class ServiceTokenError extends Error {}

/** Checks the service tokens addressed to one service (see SERVICE_TOKEN). */
export class ServiceTokenVerifier {
  private readonly key: KeyObject;

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
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [SERVICE_TOKEN.algorithm],
        issuer: SERVICE_TOKEN.issuer,
        audience: this.service,
        typ: SERVICE_TOKEN.type,
      }));
    } catch {
      throw new ServiceTokenError('the service token is not valid for this service');
    }
    return payload.sub === undefined ? undefined : actorFrom(payload);
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
