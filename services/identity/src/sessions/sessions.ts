import { Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { People } from '../people/people';
import { passwordMatches } from '../people/password-hash';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token';
import { ACCESS_TOKEN_SECONDS, AccessClaims, TokenIssuer } from '../tokens/token-issuer';
import { judgeRefresh, refreshTokenExpiry } from './refresh-verdict';
import { SessionTokens } from './session.dto';

// One message for an unknown email and a wrong password: the answer must not tell which.
const WRONG_CREDENTIALS = 'email or password is wrong';
const INVALID_REFRESH = 'refresh token is invalid, expired or revoked; sign in again';

/**
 * Sign-in sessions. Each refresh token belongs to a family that starts at sign-in; refreshing
 * replaces the token with the next one of the family.
 */
@Injectable()
export class Sessions {
  constructor(
    private readonly db: DataSource,
    private readonly people: People,
    private readonly issuer: TokenIssuer,
  ) {}

  async signIn(tenant: string, email: string, password: string): Promise<SessionTokens> {
    const person = await this.people.findActiveByEmail(tenant, email);
    if (!(await passwordMatches(person?.passwordHash, password)) || !person) {
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    const claims = { userId: person.id, tenant, role: person.role, partnerId: person.partnerId };
    return this.db.transaction((tx) => this.issue(tx, claims, uuidv7()));
  }

  async refresh(tenant: string, refreshToken: string): Promise<SessionTokens> {
    // The revocation of a reused token's family must commit, so the refusal comes after.
    const tokens = await this.db.transaction(async (tx) => {
      const [token] = await tx.query(
        `SELECT t.family_id AS "familyId", t.expires_at AS "expiresAt", t.rotated_at AS "rotatedAt",
                t.revoked_at AS "revokedAt", p.id AS "userId", p.role, p.partner_id AS "partnerId"
         FROM refresh_token t JOIN person p ON p.tenant_id = t.tenant_id AND p.id = t.person_id
         WHERE t.token_hash = $1 AND t.tenant_id = $2 AND p.erased_at IS NULL
         FOR UPDATE OF t`,
        [hashSecretToken(refreshToken), tenant],
      );
      if (!token) return undefined;
      const verdict = judgeRefresh(token, new Date());
      if (verdict === 'reused') await this.revokeFamily(tx, token.familyId);
      if (verdict !== 'rotate') return undefined;
      await tx.query(`UPDATE refresh_token SET rotated_at = now() WHERE token_hash = $1`, [
        hashSecretToken(refreshToken),
      ]);
      return this.issue(tx, { ...token, tenant }, token.familyId);
    });
    if (!tokens) throw new UnauthorizedException(INVALID_REFRESH);
    return tokens;
  }

  /** Ends the session the token belongs to; an unknown token has nothing left to end. */
  async signOut(tenant: string, refreshToken: string): Promise<void> {
    await this.db.query(
      `UPDATE refresh_token SET revoked_at = now()
       WHERE revoked_at IS NULL AND family_id = (
         SELECT family_id FROM refresh_token WHERE token_hash = $1 AND tenant_id = $2)`,
      [hashSecretToken(refreshToken), tenant],
    );
  }

  async signOutEverywhere(tenant: string, userId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.db.manager).query(
      `UPDATE refresh_token SET revoked_at = now()
       WHERE tenant_id = $1 AND person_id = $2 AND revoked_at IS NULL`,
      [tenant, userId],
    );
  }

  private async revokeFamily(tx: EntityManager, familyId: string): Promise<void> {
    await tx.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }

  private async issue(
    tx: EntityManager,
    claims: AccessClaims,
    familyId: string,
  ): Promise<SessionTokens> {
    const { token, hash } = newSecretToken();
    await tx.query(
      `INSERT INTO refresh_token (token_hash, family_id, tenant_id, person_id, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [hash, familyId, claims.tenant, claims.userId, refreshTokenExpiry(new Date())],
    );
    return {
      userId: claims.userId,
      tokenType: 'Bearer',
      accessToken: await this.issuer.signAccessToken(claims),
      expiresIn: ACCESS_TOKEN_SECONDS,
      refreshToken: token,
    };
  }
}
