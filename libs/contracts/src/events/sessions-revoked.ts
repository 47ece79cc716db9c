import { IsInt, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/**
 * Every session of a person ended (sign-out everywhere, a password reset, erasure). Access
 * tokens carry the generation they were issued in as the claim `gen`; one whose `gen` is below
 * `generation` was issued before this event and must be refused.
 */
export class SessionsRevokedV1 {
  @IsUUID()
  userId: string;

  /** The person's session generation from now on: 1 after the first revocation, then 2, … */
  @IsInt()
  @Min(1)
  generation: number;
}

export const SessionsRevoked = defineEvent({
  type: 'citypoints.identity.SessionsRevoked.v1',
  topic: Topics.identity,
  payload: SessionsRevokedV1,
});
