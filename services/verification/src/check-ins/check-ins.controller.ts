import {
  CheckInDto,
  ParticipationDto,
  ParticipationListDto,
  ParticipationQueryDto,
  ReviewDecisionDto,
  ReviewQueueDto,
  StewardCheckInDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe, idempotencyKeyOf } from '@citypoints/platform';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { CheckIns } from './check-ins';
import { Participations } from './participations';
import { CheckInAnswer } from './rejection-problem';
import { Reviews } from './reviews';

/**
 * Internal API, for the gateway (issue 12): residents' and stewards' check-ins, a person's
 * participations and the tenant's review queue. The tenant is the path's, the person the
 * service token's; each route checks the caller's role itself too.
 */
@Controller('tenants/:tenant')
export class CheckInsController {
  constructor(
    private readonly checkIns: CheckIns,
    private readonly participations: Participations,
    private readonly reviews: Reviews,
  ) {}

  /** 201 verified, 202 waiting for review, 422 rejected (problem+json with the reason). */
  @Post('check-ins')
  async checkIn(
    @Param('tenant', TenantIdPipe) tenant: string,
    @ActingPerson() actor: Actor | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Body() input: CheckInDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const answer = await this.checkIns.checkIn(
      tenant,
      actor,
      idempotencyKeyOf(key, 'check-in'),
      input,
    );
    return send(reply, answer);
  }

  /** A steward's confirmation: answered as a check-in. */
  @Post('steward-check-ins')
  async stewardCheckIn(
    @Param('tenant', TenantIdPipe) tenant: string,
    @ActingPerson() actor: Actor | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Body() input: StewardCheckInDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const answer = await this.checkIns.stewardCheckIn(
      tenant,
      actor,
      idempotencyKeyOf(key, 'check-in'),
      input,
    );
    return send(reply, answer);
  }

  @Get('people/:person/participations')
  participationsOf(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
    @Query() query: ParticipationQueryDto,
  ): Promise<ParticipationListDto> {
    return this.participations.of(tenant, actor, person, query.limit);
  }

  @Get('reviews')
  reviewQueue(
    @Param('tenant', TenantIdPipe) tenant: string,
    @ActingPerson() actor: Actor | undefined,
    @Query() query: ParticipationQueryDto,
  ): Promise<ReviewQueueDto> {
    return this.reviews.queue(tenant, actor, query.limit);
  }

  @Post('reviews/:participation/decision')
  @HttpCode(200)
  decide(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('participation', ParseUUIDPipe) participation: string,
    @ActingPerson() actor: Actor | undefined,
    @Body() input: ReviewDecisionDto,
  ): Promise<ParticipationDto> {
    return this.reviews.decide(tenant, actor, participation, input);
  }
}

function send(reply: FastifyReply, answer: CheckInAnswer): string {
  void reply.status(answer.status).type(answer.contentType);
  return JSON.stringify(answer.body);
}
