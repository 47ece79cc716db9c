import {
  CauseArchived,
  CauseArchivedV1,
  CausePublished,
  CausePublishedV1,
  CloudEvent,
  UserRegistered,
  UserRegisteredV1,
} from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { AccountRegistry, causeAccount } from './account-registry';

/**
 * Keeps the account registry in step with identity and rewards: a registered person's account
 * by their role (see accountKindOf); an archived cause keeps its donations. Erasure is
 * ErasureModule's.
 */
@Controller()
@ConsumerGroup('ledger-accounts')
export class AccountRegistryHandler {
  constructor(private readonly registry: AccountRegistry) {}

  @EventPattern(UserRegistered)
  async register(
    @Payload() event: CloudEvent<UserRegisteredV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    const { userId, role } = event.data;
    await this.registry.register(tx, event.tenantid, userId, role);
  }

  @EventPattern(CausePublished)
  async openCause(
    @Payload() event: CloudEvent<CausePublishedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    await this.registry.open(tx, event.tenantid, causeAccount(event.data.causeId), 'cause');
  }

  @EventPattern(CauseArchived)
  async closeCause(
    @Payload() event: CloudEvent<CauseArchivedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    await this.registry.close(tx, event.tenantid, causeAccount(event.data.causeId), 'cause');
  }
}
