import { Role } from '@citypoints/contracts';

/**
 * The token the gateway signs for each call to a service's internal API: an ES256 JWT with
 * this issuer and type, the called service as audience, and, when the call acts for a signed-in
 * person, that person as subject with their tenant, role and session generation. Only the
 * gateway holds the private key; each service checks with the public key.
 */
export const SERVICE_TOKEN = {
  algorithm: 'ES256',
  issuer: 'citypoints-gateway',
  type: 'citypoints-service+jwt',
  /** Seconds a token is valid: long enough for one call, short enough to be useless if copied. */
  lifetimeSeconds: 60,
} as const;

/** The signed-in person a service call acts for, as the gateway read them from the access token. */
export interface Actor {
  userId: string;
  tenant: string;
  role: Role;
  /** identity's session generation when the access token was issued. */
  generation: number;
}
