import { Matches } from 'class-validator';

// What identity draws for refresh and password-reset tokens: base64url, with room to spare.
const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,200}$/;
// The JWS compact serialisation (RFC 7515 §7.1) of a personal QR token: three base64url parts.
const COMPACT_JWS = /^[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,1000}$/;

/** A DTO field holding a refresh or password-reset token as identity issues them. */
export function IsSecretToken(): PropertyDecorator {
  return Matches(SECRET_TOKEN, {
    message: '$property must be a token as issued: 1 to 200 of A-Z, a-z, 0-9, - and _',
  });
}

/** A DTO field holding a signed token (JWS compact serialisation), such as a QR token. */
export function IsSignedToken(): PropertyDecorator {
  return Matches(COMPACT_JWS, { message: '$property must be a token as issued (a signed JWT)' });
}
