import { Role } from '@citypoints/contracts';

/** The signed-in person, as the access token names them. */
export interface Caller {
  userId: string;
  tenant: string;
  role: Role;
  partnerId?: string;
  /** identity's session generation when the token was issued; older ones are revoked. */
  generation: number;
  /** When the access token expires, in milliseconds since the Unix epoch. */
  expiresAt: number;
}
