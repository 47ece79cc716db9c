import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/**
 * A printed personal card (for people without a smartphone) was revoked: verification refuses
 * its code from now on. Cards are identity's long-lived signed tokens whose `jti` is `cardId`.
 */
export class PersonalCardRevokedV1 {
  @IsUUID()
  userId: string;

  @IsUUID()
  cardId: string;
}

export const PersonalCardRevoked = defineEvent({
  type: 'citypoints.identity.PersonalCardRevoked.v1',
  topic: Topics.identity,
  payload: PersonalCardRevokedV1,
});
