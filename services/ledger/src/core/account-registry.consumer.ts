import {
  CauseArchived,
  CauseArchivedV1,
  CausePublished,
  CausePublishedV1,
  CloudEvent,
  Topics,
  UserRegistered,
  UserRegisteredV1,
} from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountRegistry, causeAccount } from './account-registry';

/**
 * Keeps the account registry in step with identity and rewards: a registered person's account
 * by their role (see accountKindOf); an archived cause keeps its donations. Erasure is
 * ErasureModule's.
 */
@Injectable()
export class AccountRegistryConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly registry: AccountRegistry,
  ) {}

  onModuleInit(): void {
    const { registry } = this;
    const cause = (event: CloudEvent) =>
      causeAccount((event.data as CausePublishedV1 | CauseArchivedV1).causeId);
    this.messaging.consume({
      groupId: 'ledger-accounts',
      topics: [Topics.identity, Topics.rewards],
      handlers: {
        [UserRegistered]: (event, tx) => {
          const { userId, role } = event.data as UserRegisteredV1;
          return registry.register(tx, event.tenantid, userId, role);
        },
        [CausePublished]: (event, tx) => registry.open(tx, event.tenantid, cause(event), 'cause'),
        [CauseArchived]: (event, tx) => registry.close(tx, event.tenantid, cause(event), 'cause'),
      },
    });
  }
}
