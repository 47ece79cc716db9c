import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/**
 * A person's personal data was erased. Other services keep the pseudonymous id and its
 * history, and show a neutral label wherever they showed the person's name.
 */
export class UserErasedV1 {
  @IsUUID()
  userId: string;
}

export const UserErased = defineEvent({
  type: 'citypoints.identity.UserErased.v1',
  topic: Topics.identity,
  payload: UserErasedV1,
});
