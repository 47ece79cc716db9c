import {
  CauseArchived,
  CauseArchivedV1,
  CausePublished,
  CausePublishedV1,
  CloudEvent,
  Topics,
  UserErased,
  UserErasedV1,
  UserRegistered,
  UserRegisteredV1,
} from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountRegistry, causeAccount } from './account-registry';

/**
 * Keeps the account registry in step with identity and rewards. An erased person's account is
 * closed to gifts but keeps its pseudonymous history; an archived cause keeps its donations.
 */
@Injectable()
export class AccountRegistryConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly registry: AccountRegistry,
  ) {}

  onModuleInit(): void {
    const { registry } = this;
    const userId = (event: CloudEvent) => (event.data as UserRegisteredV1 | UserErasedV1).userId;
    const cause = (event: CloudEvent) =>
      causeAccount((event.data as CausePublishedV1 | CauseArchivedV1).causeId);
    this.messaging.consume({
      groupId: 'ledger-accounts',
      topics: [Topics.identity, Topics.rewards],
      handlers: {
        [UserRegistered]: (event, tx) =>
          registry.open(tx, event.tenantid, userId(event), 'citizen'),
        [UserErased]: (event, tx) => registry.close(tx, event.tenantid, userId(event), 'citizen'),
        [CausePublished]: (event, tx) => registry.open(tx, event.tenantid, cause(event), 'cause'),
        [CauseArchived]: (event, tx) => registry.close(tx, event.tenantid, cause(event), 'cause'),
      },
    });
  }
}
