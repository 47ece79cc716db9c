import { createPrivateKey, KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { Actor, SERVICE_TOKEN } from './service-token';

const CACHED_TOKENS = 10_000;

/**
 * Signs service tokens (see SERVICE_TOKEN) with the gateway's private key. A token is reused
 * for the first half of its lifetime, so a busy person's calls cost one signature a half-minute.
 */
export class ServiceTokenSigner {
  private readonly key: KeyObject;
  private readonly cache = new Map<string, { header: string; renewAt: number }>();

  /** `privateKeyPem`: PKCS8 PEM on P-256; throws when it is not one. */
  constructor(
    privateKeyPem: string,
    private readonly lifetimeSeconds: number = SERVICE_TOKEN.lifetimeSeconds,
  ) {
    this.key = createPrivateKey(privateKeyPem);
  }

  /** The `Authorization` header value for a call to `service`, acting for `actor` if given. */
  async authorization(service: string, actor?: Actor): Promise<string> {
    const key = actor
      ? `${service}|${actor.tenant}|${actor.userId}|${actor.role}|${actor.generation}`
      : service;
    const cached = this.cache.get(key);
    if (cached && cached.renewAt > Date.now()) return cached.header;
    const header = `Bearer ${await this.sign(service, actor)}`;
    if (this.cache.size >= CACHED_TOKENS) this.cache.clear();
    this.cache.set(key, { header, renewAt: Date.now() + (this.lifetimeSeconds * 1000) / 2 });
    return header;
  }

  private sign(service: string, actor?: Actor): Promise<string> {
    const claims = actor ? { tenant: actor.tenant, role: actor.role, gen: actor.generation } : {};
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: SERVICE_TOKEN.algorithm, typ: SERVICE_TOKEN.type })
      .setIssuer(SERVICE_TOKEN.issuer)
      .setAudience(service)
      .setIssuedAt()
      .setExpirationTime(`${this.lifetimeSeconds}s`);
    return (actor ? jwt.setSubject(actor.userId) : jwt).sign(this.key);
  }
}
