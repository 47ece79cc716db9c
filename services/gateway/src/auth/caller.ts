import { Role } from '@citypoints/contracts';

/** The signed-in person, as the access token names them. */
export interface Caller {
  userId: string;
  tenant: string;
  role: Role;
  partnerId?: string;
}
