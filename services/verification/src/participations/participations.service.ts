import { createEvent, ParticipationVerified, Topics } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Participation } from './participation.entity';
import { RecordParticipationDto } from './record-participation.dto';

@Injectable()
export class ParticipationsService {
  constructor(private readonly db: DataSource) {}

  /** Stores the participation and its ParticipationVerified event in one transaction. */
  async record(input: RecordParticipationDto): Promise<Participation> {
    const participation = Object.assign(new Participation(), {
      ...input,
      id: uuidv7(),
      verifiedAt: new Date(),
    });
    const event = createEvent(
      ParticipationVerified,
      {
        participationId: participation.id,
        userId: participation.userId,
        activityId: participation.activityId,
        points: participation.points,
        method: participation.method,
        verifiedAt: participation.verifiedAt.toISOString(),
      },
      { source: '/citypoints/verification', tenantid: input.tenantId, subject: participation.id },
    );
    await this.db.transaction(async (tx) => {
      await tx.save(participation);
      await appendToOutbox(tx, [
        { topic: Topics.verification, key: `${input.tenantId}:${input.userId}`, event },
      ]);
    });
    return participation;
  }
}
