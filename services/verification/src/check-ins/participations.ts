import { DomainError } from '@citypoints/contracts';
import { ParticipationListDto } from '@citypoints/http-contracts';
import { Actor } from '@citypoints/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { participationsOf } from './check-ins.store';
import { participationAnswer } from './participation-answer';

/** A person's participations with their state and rejection reason. */
@Injectable()
export class Participations {
  constructor(private readonly db: DataSource) {}

  /**
   * The person's participations, latest scan first, at most `limit` (1–100). Only the person
   * and the tenant's admins see them: 403 `not-yours` for anyone else.
   */
  async of(
    tenantId: string,
    actor: Actor | undefined,
    userId: string,
    limit = 50,
  ): Promise<ParticipationListDto> {
    if (actor?.userId !== userId && actor?.role !== 'tenant-admin') {
      throw new DomainError(
        'forbidden',
        'not-yours',
        "only the person and the tenant's admins see their participations",
      );
    }
    const rows = await participationsOf(this.db, tenantId, userId, limit);
    return { items: rows.map(participationAnswer) };
  }
}
