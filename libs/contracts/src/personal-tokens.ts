import { ACCESS_TOKEN } from './access-token';

/**
 * The 2-minute personal QR token a person shows a steward on site: an ES256 JWT that identity
 * signs (issuer and key as ACCESS_TOKEN's, see identity's `/.well-known/jwks.json`), naming the
 * person (sub) and their tenant (claim `tenant`), with an expiry. Its own audience and type keep
 * it from being taken for an access token or a personal card, and the reverse (RFC 8725 §3.11).
 */
export const PERSONAL_QR_TOKEN = {
  algorithm: ACCESS_TOKEN.algorithm,
  issuer: ACCESS_TOKEN.issuer,
  audience: 'citypoints:personal-qr',
  type: 'citypoints-qr+jwt',
} as const;

/**
 * The code of a printed personal card, for people without a smartphone: an ES256 JWT that
 * identity signs like PERSONAL_QR_TOKEN, naming the person (sub) and tenant (claim `tenant`),
 * with the card's id as `jti` and an issued-at but no expiry: it holds until identity revokes
 * the card (PersonalCardRevoked), so a verifier also checks it against the revoked cards.
 */
export const PERSONAL_CARD_TOKEN = {
  algorithm: ACCESS_TOKEN.algorithm,
  issuer: ACCESS_TOKEN.issuer,
  audience: 'citypoints:personal-card',
  type: 'citypoints-card+jwt',
} as const;
