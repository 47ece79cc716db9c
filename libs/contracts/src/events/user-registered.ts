import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

export const ROLES = [
  'citizen',
  'verifier',
  'tenant-admin',
  'partner-staff',
  'platform-operator',
] as const;
export type Role = (typeof ROLES)[number];

/** A person joined a tenant. Personal data (name, email) stays in identity. */
export class UserRegisteredV1 {
  /** The pseudonymous id every other service knows the person by. */
  @IsUUID()
  userId: string;

  @IsIn(ROLES)
  role: Role;
}

export const UserRegistered = defineEvent({
  type: 'citypoints.identity.UserRegistered.v1',
  topic: Topics.identity,
  payload: UserRegisteredV1,
});
