import { Matches } from 'class-validator';

// The JWS compact serialisation (RFC 7515 §7.1) of a personal QR token: three base64url parts.
const COMPACT_JWS = /^[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,1000}$/;

/** A DTO field holding a signed token (JWS compact serialisation), such as a QR token. */
export function IsSignedToken(): PropertyDecorator {
  return Matches(COMPACT_JWS, { message: '$property must be a token as issued (a signed JWT)' });
}
