import { CloudEvent, UserErased, UserErasedV1 } from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { AccountRegistry } from '../core/account-registry';
import { AdjustmentNotes } from '../core/adjustment-notes';
import { Forfeiture } from './forfeiture';

/**
 * What erasing a person means to the ledger, in one transaction: their account closes (it
 * keeps its pseudonymous history), the admins' notes about them are deleted, and their
 * balance leaves circulation (Forfeiture).
 */
@Controller()
@ConsumerGroup('ledger-erasure')
export class UserErasedHandler {
  constructor(
    private readonly registry: AccountRegistry,
    private readonly notes: AdjustmentNotes,
    private readonly forfeiture: Forfeiture,
  ) {}

  @EventPattern(UserErased)
  async erase(
    @Payload() event: CloudEvent<UserErasedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    const { userId } = event.data;
    // Closed first: a gift waits for this commit, then finds the account closed, so
    // nothing arrives after the balance has gone.
    await this.registry.close(tx, event.tenantid, userId, 'citizen');
    await this.notes.forget(tx, event.tenantid, userId);
    await this.forfeiture.forfeit(tx, event, userId);
  }
}
