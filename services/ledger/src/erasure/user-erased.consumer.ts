import { Topics, UserErased, UserErasedV1 } from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountRegistry } from '../core/account-registry';
import { AdjustmentNotes } from '../core/adjustment-notes';
import { Forfeiture } from './forfeiture';

/**
 * What erasing a person means to the ledger, in one transaction: their account closes (it
 * keeps its pseudonymous history), the admins' notes about them are deleted, and their
 * balance leaves circulation (Forfeiture).
 */
@Injectable()
export class UserErasedConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly registry: AccountRegistry,
    private readonly notes: AdjustmentNotes,
    private readonly forfeiture: Forfeiture,
  ) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger-erasure',
      topics: [Topics.identity],
      handlers: {
        [UserErased]: async (event, tx) => {
          const { userId } = event.data as UserErasedV1;
          // Closed first: a gift waits for this commit, then finds the account closed, so
          // nothing arrives after the balance has gone.
          await this.registry.close(tx, event.tenantid, userId, 'citizen');
          await this.notes.forget(tx, event.tenantid, userId);
          await this.forfeiture.forfeit(tx, event, userId);
        },
      },
    });
  }
}
