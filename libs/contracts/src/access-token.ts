/**
 * The access tokens identity signs and the gateway verifies with identity's JWKS: ES256 JWTs
 * with this issuer, audience and type, naming the person (sub), tenant and role.
 */
export const ACCESS_TOKEN = {
  algorithm: 'ES256',
  issuer: 'citypoints-identity',
  audience: 'citypoints',
  type: 'at+jwt',
} as const;
