import { PERSONAL_CARD_TOKEN, PERSONAL_QR_TOKEN } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { es256PrivateKeyPem } from '../testing/es256-key';
import { TokenIssuer } from './token-issuer';

type Kind = typeof PERSONAL_CARD_TOKEN | typeof PERSONAL_QR_TOKEN;

describe("personal cards' codes, checked as a verifier checks them: the JWKS and the contract", () => {
  let issuer: TokenIssuer;
  let stranger: TokenIssuer;
  const card = {
    userId: randomUUID(),
    tenant: 'cascais',
    cardId: randomUUID(),
    issuedAt: new Date('2025-03-30T01:30:00Z'),
  };

  beforeAll(async () => {
    issuer = await TokenIssuer.fromPem(await es256PrivateKeyPem());
    stranger = await TokenIssuer.fromPem(await es256PrivateKeyPem());
  });

  // What the verification service does with identity's /.well-known/jwks.json.
  const verify = (token: string, kind: Kind, keys = issuer.jwks) =>
    jwtVerify(token, createLocalJWKSet(keys), {
      algorithms: [kind.algorithm],
      issuer: kind.issuer,
      audience: kind.audience,
      typ: kind.type,
    });

  it('signs a card with its own type, the card id as jti, its time of issue and no expiry', async () => {
    const code = await issuer.signPersonalCard(card);
    expect(decodeProtectedHeader(code)).toMatchObject({
      alg: 'ES256',
      typ: 'citypoints-card+jwt',
      kid: issuer.jwks.keys[0].kid,
    });
    const { payload } = await verify(code, PERSONAL_CARD_TOKEN);
    expect(payload).toEqual({
      iss: 'citypoints-identity',
      aud: 'citypoints:personal-card',
      sub: card.userId,
      tenant: 'cascais',
      jti: card.cardId,
      iat: Date.parse('2025-03-30T01:30:00Z') / 1000,
    });
  });

  it('is still accepted years later: a card holds until it is revoked', async () => {
    const code = await issuer.signPersonalCard(card);
    const later = { currentDate: new Date('2035-01-01T00:00:00Z') };
    const keys = createLocalJWKSet(issuer.jwks);
    const { payload } = await jwtVerify(code, keys, { ...PERSONAL_CARD_TOKEN, ...later });
    expect(payload.jti).toBe(card.cardId);
  });

  it('never takes a personal QR token for a card, nor a card for a QR token', async () => {
    const { token: qr } = await issuer.signQrToken(card);
    await expect(verify(qr, PERSONAL_QR_TOKEN)).resolves.toBeDefined();
    await expect(verify(qr, PERSONAL_CARD_TOKEN)).rejects.toThrow('unexpected "typ"');
    const code = await issuer.signPersonalCard(card);
    await expect(verify(code, PERSONAL_QR_TOKEN)).rejects.toThrow('unexpected "typ"');
    await expect(issuer.verifyQrToken(code, 'cascais')).rejects.toThrow('not valid');
  });

  it('refuses a card signed with another key', async () => {
    const forged = await stranger.signPersonalCard(card);
    await expect(verify(forged, PERSONAL_CARD_TOKEN)).rejects.toThrow();
  });
});
