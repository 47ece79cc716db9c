import { Matches } from 'class-validator';

// The JWS compact serialisation (RFC 7515 §7.1): three base64url parts, each of bounded length.
const COMPACT_JWS = /^[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,1000}$/;

/** A DTO field holding a signed token (JWS compact serialisation), such as a personal QR token. */
export function IsSignedToken(): PropertyDecorator {
  return Matches(COMPACT_JWS, { message: '$property must be a token as issued (a signed JWT)' });
}
