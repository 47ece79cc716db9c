import { DomainError, SessionsRevoked, SessionsRevokedV1 } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { identityEvent } from '../identity-event';
import { People } from '../people/people';
import { passwordMatches } from '../people/password-hash';
import { RefreshSuccessors } from '../tokens/refresh-successors';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token';
import { ACCESS_TOKEN_SECONDS, AccessClaims, TokenIssuer } from '../tokens/token-issuer';
import { judgeRefresh, refreshTokenExpiry } from './refresh-verdict';
import { SessionTokensDto as SessionTokens } from '@citypoints/http-contracts';
import * as store from './sessions.store';

// One message for an unknown email and a wrong password: the answer must not tell which.
const WRONG_CREDENTIALS = 'email or password is wrong';
const INVALID_REFRESH = 'refresh token is invalid, expired or revoked; sign in again';

/** 403 `account-suspended`: told only to whoever proves to be the person (password, token). */
function accountSuspended(): DomainError {
  const detail = "this account is suspended; the tenant's admins can reinstate it";
  return new DomainError('forbidden', 'account-suspended', detail);
}

/**
 * Sign-in sessions. Each refresh token belongs to a family that starts at sign-in; refreshing
 * replaces the token with its successor (RefreshSuccessors), and presenting it again within
 * the grace window answers that same successor (judgeRefresh).
 */
@Injectable()
export class Sessions {
  constructor(
    private readonly db: DataSource,
    private readonly people: People,
    private readonly issuer: TokenIssuer,
    private readonly successors: RefreshSuccessors,
  ) {}

  /**
   * Email in its normalised form; 401 `wrong-credentials`, with one message, for a wrong email
   * or password; 403 `account-suspended` for the right password of a suspended person.
   */
  async signIn(tenant: string, email: string, password: string): Promise<SessionTokens> {
    const person = await this.people.findActiveByEmail(tenant, email);
    if (!(await passwordMatches(person?.passwordHash, password)) || !person) {
      throw new DomainError('unauthenticated', 'wrong-credentials', WRONG_CREDENTIALS);
    }
    if (person.suspended) throw accountSuspended();
    const { id: userId, role, partnerId, generation } = person;
    const claims = { userId, tenant, role, partnerId, generation };
    return this.db.transaction((tx) => this.begin(tx, claims));
  }

  /**
   * A new session (a refresh token family of its own) for the person `claims` name, stored in
   * `tx`: for a sign-in, and for the session that goes on after a password change ended all
   * the others.
   */
  async begin(tx: EntityManager, claims: AccessClaims): Promise<SessionTokens> {
    const { token } = newSecretToken();
    await this.saveRefreshToken(tx, claims, uuidv7(), token);
    return this.answer(claims, token);
  }

  /**
   * 401 `invalid-refresh-token` for an unknown, expired or revoked token, and for a reuse after
   * the grace window; 403 `account-suspended` for any token of a suspended person (whose
   * tokens the suspension revoked), which changes nothing.
   */
  async refresh(tenant: string, refreshToken: string): Promise<SessionTokens> {
    // The revocation of a reused token's family must commit, so the refusal comes after.
    const tokens = await this.db.transaction(async (tx) => {
      const hash = hashSecretToken(refreshToken);
      const token = await store.lockRefreshToken(tx, tenant, hash);
      if (!token) return undefined;
      if (token.suspended) throw accountSuspended();
      const now = new Date();
      const claims = { ...token, tenant };
      const successor = this.successors.successorOf(refreshToken);
      switch (judgeRefresh(token, now)) {
        case 'rotate':
          await store.markRotated(tx, hash, now);
          await this.saveRefreshToken(tx, claims, token.familyId, successor);
          return this.answer(claims, successor);
        case 'grace':
          // The successor may since have been signed out; then there is nothing to give.
          if (!(await store.isLiveRefreshToken(tx, hashSecretToken(successor)))) return undefined;
          return this.answer(claims, successor);
        case 'reused':
          await store.revokeFamily(tx, token.familyId);
          return undefined;
        default:
          return undefined;
      }
    });
    if (!tokens) throw new DomainError('unauthenticated', 'invalid-refresh-token', INVALID_REFRESH);
    return tokens;
  }

  /**
   * Ends the session the token belongs to, if it is `userId`'s: a token that is unknown or
   * another person's ends nothing, and the answer does not tell which.
   */
  async signOut(tenant: string, userId: string, refreshToken: string): Promise<void> {
    await store.revokeOwnFamily(this.db.manager, tenant, userId, hashSecretToken(refreshToken));
  }

  /**
   * Ends every session of the person: revokes their refresh tokens, raises their session
   * generation, and publishes SessionsRevoked with it in the same transaction, so the gateway
   * refuses the access tokens issued before. Answers the new generation, or undefined for an
   * unknown or erased person, who has none to end.
   */
  async signOutEverywhere(
    tenant: string,
    userId: string,
    tx?: EntityManager,
  ): Promise<number | undefined> {
    if (!tx) return this.db.transaction((own) => this.signOutEverywhere(tenant, userId, own));
    const generation = await store.endAllSessions(tx, tenant, userId);
    if (generation === undefined) return undefined;
    await appendToOutbox(tx, [
      identityEvent<SessionsRevokedV1>(SessionsRevoked, { userId, generation }, tenant, userId),
    ]);
    return generation;
  }

  private saveRefreshToken(
    tx: EntityManager,
    claims: AccessClaims,
    familyId: string,
    token: string,
  ) {
    return store.insertRefreshToken(tx, {
      tokenHash: hashSecretToken(token),
      familyId,
      tenant: claims.tenant,
      userId: claims.userId,
      expiresAt: refreshTokenExpiry(new Date()),
    });
  }

  private async answer(claims: AccessClaims, refreshToken: string): Promise<SessionTokens> {
    return {
      userId: claims.userId,
      tokenType: 'Bearer',
      accessToken: await this.issuer.signAccessToken(claims),
      expiresIn: ACCESS_TOKEN_SECONDS,
      refreshToken,
    };
  }
}
