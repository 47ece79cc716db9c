import { PERSONAL_CARD_TOKEN, PERSONAL_QR_TOKEN } from '@citypoints/contracts';
import { Problem } from '@citypoints/platform';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, JWTVerifyGetKey } from 'jose';
import { ClaimRefusal } from './claim-refusal';

/** Whose personal code a steward scanned: the person, and the card id for a printed card. */
export interface PersonalCodeHolder {
  userId: string;
  /** Set for a printed card (its jti), which may have been revoked since. */
  cardId?: string;
}

const KINDS = [PERSONAL_QR_TOKEN, PERSONAL_CARD_TOKEN];

/**
 * Checks a person's personal code locally (issue 12: no synchronous call to identity): the
 * 2-minute personal QR token or a printed card's code, both ES256 tokens of identity, against
 * identity's public keys (JWKS, fetched once and cached, refetched for an unknown key id).
 */
export class PersonalCodes {
  private readonly keys: JWTVerifyGetKey;

  constructor(identityUrl: string) {
    this.keys = createRemoteJWKSet(new URL('/.well-known/jwks.json', identityUrl), {
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
  }

  /**
   * The holder of `code`, a personal QR token or card code of `tenantId`. Throws ClaimRefusal
   * `invalid-personal-code` (field personalCode) for anything else: forged, expired, of another
   * tenant, an access token, another app's QR code. Whether a card is revoked or its holder
   * erased is the caller's to check (verification's people read model).
   */
  async holderOf(tenantId: string, code: string): Promise<PersonalCodeHolder> {
    const refuse = (why: string) =>
      new ClaimRefusal('invalid-personal-code', `personalCode ${why}`, 'personalCode');
    let typ: string | undefined;
    try {
      typ = decodeProtectedHeader(code.trim()).typ;
    } catch {
      throw refuse('is not a City Points personal code');
    }
    const kind = KINDS.find((candidate) => candidate.type === typ);
    if (!kind) throw refuse('is not a City Points personal code');
    let payload;
    try {
      ({ payload } = await jwtVerify(code.trim(), this.keys, {
        algorithms: [kind.algorithm],
        issuer: kind.issuer,
        audience: kind.audience,
        typ: kind.type,
      }));
    } catch (error) {
      const why = (error as { code?: string }).code ?? '';
      if (why === 'ERR_JWT_EXPIRED') throw refuse('has expired: ask for a fresh one');
      // Identity's keys could not be fetched: the code may be fine, so nothing is refused.
      if (why === 'ERR_JWKS_TIMEOUT' || !/^ERR_J(WS|WT|WK|OSE)/.test(why)) {
        throw new Problem(503, "identity's public keys are unavailable; try again", undefined, {
          'Retry-After': '5',
        });
      }
      throw refuse('is not valid');
    }
    if (payload.tenant !== tenantId || typeof payload.sub !== 'string') {
      throw refuse('belongs to another town');
    }
    const isCard = kind === PERSONAL_CARD_TOKEN;
    if (isCard && typeof payload.jti !== 'string') throw refuse('is not valid');
    return { userId: payload.sub, ...(isCard && { cardId: payload.jti }) };
  }
}
