import { createHmac, createPrivateKey, hkdfSync } from 'node:crypto';

// Binds the derived key to this one use, so it can never stand in for another key derived
// from the same signing key (RFC 5869 §3.2, "info").
const HKDF_INFO = 'citypoints-identity/refresh-successor/v1';

/**
 * The refresh token that follows another, derived rather than drawn: successor =
 * base64url(HMAC-SHA256(key, 'refresh-successor:' + token)), with a 256-bit key derived by HKDF
 * (RFC 5869, SHA-256) from the JWT signing key. Identity keeps only hashes of refresh tokens, so
 * this is how it can answer the same successor again to a second, concurrent refresh with the
 * same token (see REFRESH_GRACE_SECONDS) without storing any token itself.
 */
export class RefreshSuccessors {
  private constructor(private readonly key: Buffer) {}

  /** From identity's ES256 private key (PKCS8 PEM), as JWT_PRIVATE_KEY holds it. */
  static fromPem(privateKeyPem: string): RefreshSuccessors {
    const der = createPrivateKey(privateKeyPem).export({ format: 'der', type: 'pkcs8' });
    return new RefreshSuccessors(Buffer.from(hkdfSync('sha256', der, '', HKDF_INFO, 32)));
  }

  /** 43 base64url characters (256 bits), the same for the same token and key. */
  successorOf(token: string): string {
    return createHmac('sha256', this.key).update(`refresh-successor:${token}`).digest('base64url');
  }
}
