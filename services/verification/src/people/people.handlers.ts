import {
  CloudEvent,
  PersonalCardRevoked,
  PersonalCardRevokedV1,
  UserErased,
  UserErasedV1,
  UserRegistered,
  UserRegisteredV1,
} from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CATALOGUE_GROUP } from '../activity-catalogue/catalogue-group';
import { erasePerson, registerPerson, revokeCard } from './people.store';

/**
 * What verification knows of people, from identity's events and by pseudonymous id only: who
 * belongs to a tenant (an integration may report only them), who was erased (nobody to credit
 * any more) and which printed personal cards were revoked.
 */
@Controller()
@ConsumerGroup(CATALOGUE_GROUP)
export class PeopleHandlers {
  @EventPattern(UserRegistered)
  async registered(
    @Payload() event: CloudEvent<UserRegisteredV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    await registerPerson(tx, event.tenantid, event.data.userId);
  }

  @EventPattern(UserErased)
  async erased(
    @Payload() event: CloudEvent<UserErasedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    await erasePerson(tx, event.tenantid, event.data.userId);
  }

  @EventPattern(PersonalCardRevoked)
  async cardRevoked(
    @Payload() event: CloudEvent<PersonalCardRevokedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    await revokeCard(tx, event.tenantid, event.data.cardId);
  }
}
