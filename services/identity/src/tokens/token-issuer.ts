import { ACCESS_TOKEN, DomainError, Role } from '@citypoints/contracts';
import { createPrivateKey, createPublicKey, KeyObject, randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, errors, exportJWK, JWK, jwtVerify, SignJWT } from 'jose';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const QR_TOKEN_SECONDS = 2 * 60;

// Distinct audiences and types, so that a QR code can never be replayed as an access token
// nor an access token shown as a QR code.
const ACCESS: TokenKind = { audience: ACCESS_TOKEN.audience, typ: ACCESS_TOKEN.type };
const QR: TokenKind = { audience: 'citypoints:personal-qr', typ: 'citypoints-qr+jwt' };

interface TokenKind {
  audience: string;
  typ: string;
}

export interface AccessClaims {
  userId: string;
  tenant: string;
  role: Role;
  partnerId?: string | null;
  /**
   * The person's session generation when the token is issued, as the claim `gen`: the gateway
   * refuses a token whose `gen` is below the generation of the person's latest SessionsRevoked.
   */
  generation: number;
}

export interface QrHolder {
  userId: string;
  tenant: string;
}

/**
 * A token that is forged, expired, of another kind or for another tenant: 401 `invalid-token`
 * (field token) when it reaches HTTP.
 */
export class InvalidTokenError extends DomainError {
  constructor(message: string) {
    super('unauthenticated', 'invalid-token', message, 'token');
  }
}

/** Signs and checks identity's ES256 tokens with the one configured key. */
export class TokenIssuer {
  private constructor(
    private readonly privateKey: KeyObject,
    private readonly publicKey: KeyObject,
    private readonly publicJwk: JWK,
  ) {}

  static async fromPem(pem: string): Promise<TokenIssuer> {
    const privateKey = createPrivateKey(pem);
    const publicKey = createPublicKey(privateKey);
    const jwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(jwk);
    return new TokenIssuer(privateKey, publicKey, {
      ...jwk,
      kid,
      alg: ACCESS_TOKEN.algorithm,
      use: 'sig',
    });
  }

  /** What the gateway fetches to verify access tokens. */
  get jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  signAccessToken({ userId, tenant, role, partnerId, generation }: AccessClaims): Promise<string> {
    return this.sign(
      { tenant, role, gen: generation, ...(partnerId && { partnerId }) },
      userId,
      ACCESS,
      ACCESS_TOKEN_SECONDS,
    );
  }

  async signQrToken({ userId, tenant }: QrHolder): Promise<{ token: string; expiresAt: string }> {
    const expiresAt = new Date(Date.now() + QR_TOKEN_SECONDS * 1000);
    const token = await this.sign({ tenant }, userId, QR, QR_TOKEN_SECONDS);
    return { token, expiresAt: expiresAt.toISOString() };
  }

  async verifyQrToken(token: string, tenant: string): Promise<QrHolder> {
    const payload = await this.verify(token, QR);
    if (payload.tenant !== tenant || typeof payload.sub !== 'string') {
      throw new InvalidTokenError('the token belongs to another tenant');
    }
    return { userId: payload.sub, tenant };
  }

  /** For tests and the gateway's point of view: the claims of a valid access token. */
  verifyAccessToken(token: string) {
    return this.verify(token, ACCESS);
  }

  private sign(
    claims: Record<string, string | number>,
    subject: string,
    kind: TokenKind,
    seconds: number,
  ): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, kid: this.publicJwk.kid, typ: kind.typ })
      .setSubject(subject)
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(kind.audience)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${seconds}s`)
      .sign(this.privateKey);
  }

  private async verify(token: string, kind: TokenKind) {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        algorithms: [ACCESS_TOKEN.algorithm],
        issuer: ACCESS_TOKEN.issuer,
        audience: kind.audience,
        typ: kind.typ,
      });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError('the token has expired');
      throw new InvalidTokenError('the token is not valid');
    }
  }
}
