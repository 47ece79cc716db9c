import { Problem } from '@citypoints/platform';
import { ACCESS_TOKEN, ROLES, Role, TENANT_ID } from '@citypoints/contracts';
import { isUUID } from 'class-validator';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { Caller } from './caller';

const CHALLENGE = 'Bearer realm="citypoints"';
const CACHED_TOKENS = 10_000;

/**
 * Verifies access tokens locally with identity's published keys, fetched once and cached;
 * an unknown key id (identity rotated its key) fetches them again, at most every 30 s.
 */
export class AccessTokens {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;
  /**
   * Tokens already verified, until they expire: a client sends the same one with each request
   * for 15 minutes. Whether its session has ended since is checked on each request anyway
   * (SessionGenerations), so the cache cannot keep a revoked token alive.
   */
  private readonly verified = new Map<string, Caller>();

  constructor(identityUrl: string) {
    this.keys = createRemoteJWKSet(new URL('/.well-known/jwks.json', identityUrl), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: 30_000,
      timeoutDuration: 5_000,
    });
  }

  /** The caller named by an Authorization header; 401 when missing, forged or expired. */
  async callerOf(authorization: string | undefined): Promise<Caller> {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(authorization ?? '')?.[1];
    if (!authorization) throw unauthorized('sign in: this route needs a Bearer access token');
    if (!token) throw unauthorized('the Authorization header must be Bearer <access token>');
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known;
    const caller = callerFrom(await this.verify(token));
    this.remember(token, caller);
    return caller;
  }

  private remember(token: string, caller: Caller): void {
    this.verified.delete(token);
    if (this.verified.size >= CACHED_TOKENS) {
      // Oldest first: a Map iterates in insertion order.
      this.verified.delete(this.verified.keys().next().value as string);
    }
    this.verified.set(token, caller);
  }

  private async verify(token: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        algorithms: [ACCESS_TOKEN.algorithm],
        issuer: ACCESS_TOKEN.issuer,
        audience: ACCESS_TOKEN.audience,
        typ: ACCESS_TOKEN.type,
        // A token without an expiry would never end.
        requiredClaims: ['exp'],
      });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw unauthorized('the access token has expired', 'invalid_token');
      }
      if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout)) {
        throw unauthorized('the access token is not valid', 'invalid_token');
      }
      throw new Problem(503, 'identity cannot be reached to check the access token', undefined, {
        'Retry-After': '5',
      });
    }
  }
}

function callerFrom(payload: JWTPayload): Caller {
  const { sub, tenant, role, partnerId, gen, exp } = payload;
  if (
    typeof sub !== 'string' ||
    !isUUID(sub) ||
    typeof tenant !== 'string' ||
    !TENANT_ID.test(tenant) ||
    !ROLES.includes(role as Role) ||
    (gen !== undefined && !Number.isSafeInteger(gen))
  ) {
    throw unauthorized('the access token does not name a person, tenant and role', 'invalid_token');
  }
  return {
    userId: sub,
    tenant,
    role: role as Role,
    generation: (gen as number | undefined) ?? 0,
    // jwtVerify has checked that exp is there, a number, and in the future.
    expiresAt: Number(exp) * 1000,
    ...(typeof partnerId === 'string' && { partnerId }),
  };
}

/** 401 with the RFC 6750 challenge; `error` is its error code, e.g. invalid_token. */
export function unauthorized(detail: string, error?: string): Problem {
  const challenge = error ? `${CHALLENGE}, error="${error}"` : CHALLENGE;
  return new Problem(401, detail, undefined, { 'WWW-Authenticate': challenge });
}
