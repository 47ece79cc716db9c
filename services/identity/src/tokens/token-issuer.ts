import {
  ACCESS_TOKEN,
  DomainError,
  PERSONAL_CARD_TOKEN,
  PERSONAL_QR_TOKEN,
  Role,
} from '@citypoints/contracts';
import { createPrivateKey, createPublicKey, KeyObject, randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, errors, exportJWK, JWK, jwtVerify, SignJWT } from 'jose';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const QR_TOKEN_SECONDS = 2 * 60;

// Distinct audiences and types (@citypoints/contracts), so that a QR code or a personal card
// can never be replayed as an access token, nor any of them taken for another.
interface TokenKind {
  audience: string;
  type: string;
}

/** How long a token holds in seconds (none: until revoked); its `jti` and `iat`, else new ones. */
interface Lifetime {
  seconds?: number;
  jti?: string;
  issuedAt?: Date;
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

/** A printed personal card: its holder, and its id (the token's `jti`) and time of issue. */
export interface PersonalCardClaims extends QrHolder {
  cardId: string;
  issuedAt: Date;
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
      ACCESS_TOKEN,
      { seconds: ACCESS_TOKEN_SECONDS },
    );
  }

  async signQrToken({ userId, tenant }: QrHolder): Promise<{ token: string; expiresAt: string }> {
    const expiresAt = new Date(Date.now() + QR_TOKEN_SECONDS * 1000);
    const token = await this.sign({ tenant }, userId, PERSONAL_QR_TOKEN, {
      seconds: QR_TOKEN_SECONDS,
    });
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /**
   * The code printed on a personal card (PERSONAL_CARD_TOKEN): `jti` the card's id, `iat` its
   * time of issue (whole seconds), no expiry; it holds until the card is revoked.
   */
  signPersonalCard({ userId, tenant, cardId, issuedAt }: PersonalCardClaims): Promise<string> {
    return this.sign({ tenant }, userId, PERSONAL_CARD_TOKEN, { jti: cardId, issuedAt });
  }

  async verifyQrToken(token: string, tenant: string): Promise<QrHolder> {
    const payload = await this.verify(token, PERSONAL_QR_TOKEN);
    if (payload.tenant !== tenant || typeof payload.sub !== 'string') {
      throw new InvalidTokenError('the token belongs to another tenant');
    }
    return { userId: payload.sub, tenant };
  }

  /** For tests and the gateway's point of view: the claims of a valid access token. */
  verifyAccessToken(token: string) {
    return this.verify(token, ACCESS_TOKEN);
  }

  private sign(
    claims: Record<string, string | number>,
    subject: string,
    kind: TokenKind,
    { seconds, jti, issuedAt }: Lifetime,
  ): Promise<string> {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, kid: this.publicJwk.kid, typ: kind.type })
      .setSubject(subject)
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(kind.audience)
      .setJti(jti ?? randomUUID())
      .setIssuedAt(issuedAt);
    if (seconds !== undefined) jwt.setExpirationTime(`${seconds}s`);
    return jwt.sign(this.privateKey);
  }

  private async verify(token: string, kind: TokenKind) {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        algorithms: [ACCESS_TOKEN.algorithm],
        issuer: ACCESS_TOKEN.issuer,
        audience: kind.audience,
        typ: kind.type,
      });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError('the token has expired');
      throw new InvalidTokenError('the token is not valid');
    }
  }
}
