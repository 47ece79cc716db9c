import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import * as store from './check-ins.store';
import { CheckIn, Participation, verifyCheckIn } from './verify-check-in';

/** Check-ins at activities, and the participations they are verified as. */
@Injectable()
export class CheckIns {
  constructor(private readonly db: DataSource) {}

  /**
   * Verifies the check-in (verifyCheckIn) and stores the participation with its
   * ParticipationVerified event in one transaction, so the ledger credits exactly the stored
   * participations. Answers the participation, whose id is a UUIDv7.
   */
  async record(tenantId: string, checkIn: CheckIn): Promise<Participation> {
    const { participation, message } = verifyCheckIn(tenantId, checkIn, uuidv7(), new Date());
    await this.db.transaction(async (tx) => {
      await store.insertParticipation(tx, participation);
      await appendToOutbox(tx, [message]);
    });
    return participation;
  }
}
