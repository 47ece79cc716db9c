import { Matches } from 'class-validator';

// What identity draws for refresh and password-reset tokens: base64url, 43 characters; some
// room to spare.
export const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/** A DTO field holding a refresh or password-reset token as identity issues them. */
export function IsSecretToken(): PropertyDecorator {
  return Matches(SECRET_TOKEN, {
    message: '$property must be a token as issued: 1 to 200 of A-Z, a-z, 0-9, - and _',
  });
}
