import {
  CauseDto,
  CauseInputDto,
  CauseListDto,
  CauseListQueryDto,
  CauseReplacementDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe, UuidParamPipe } from '@citypoints/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { assertCauseAdmin } from './assert-cause-admin';
import { causeAnswer } from './cause-answer';
import { causeFieldsOf } from './cause-fields-of';
import { Causes } from './causes';
import { CauseChange } from './decide-cause-change';
import { readableCauseStates } from './readable-cause-states';

type CauseAnswer = ReturnType<typeof causeAnswer>;

const CAUSE_ID = new UuidParamPipe('cause');

/**
 * Internal API, for the gateway: a tenant's admins manage its causes (assertCauseAdmin, 403
 * otherwise); anyone signed in of the tenant reads the published ones (readableCauseStates).
 * Changes answer the cause as it is afterwards; see Causes and decideCauseChange for refusals.
 */
@Controller('tenants/:tenant/causes')
export class CausesController {
  constructor(private readonly causes: Causes) {}

  @Post()
  @ApiCreatedResponse({ type: CauseDto })
  async create(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: CauseInputDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<CauseAnswer> {
    assertCauseAdmin(actor, tenant);
    return causeAnswer(await this.causes.create(tenant, causeFieldsOf(input)));
  }

  @Get()
  @ApiOkResponse({ type: CauseListDto })
  async list(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: CauseListQueryDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<{ causes: CauseAnswer[] }> {
    const readable = readableCauseStates(actor, tenant);
    const states = query.state ? readable.filter((state) => state === query.state) : readable;
    return { causes: (await this.causes.list(tenant, states)).map(causeAnswer) };
  }

  @Get(':cause')
  @ApiOkResponse({ type: CauseDto })
  async get(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('cause', CAUSE_ID) cause: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<CauseAnswer> {
    return causeAnswer(await this.causes.get(tenant, cause, readableCauseStates(actor, tenant)));
  }

  @Put(':cause')
  @ApiOkResponse({ type: CauseDto })
  replace(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('cause', CAUSE_ID) cause: string,
    @Body() input: CauseReplacementDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<CauseAnswer> {
    const fields = causeFieldsOf(input);
    return this.change(tenant, cause, actor, {
      kind: 'replace',
      fields,
      expectedVersion: input.version,
    });
  }

  @Post(':cause/publication')
  @HttpCode(200)
  @ApiOkResponse({ type: CauseDto })
  publish(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('cause', CAUSE_ID) cause: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<CauseAnswer> {
    return this.change(tenant, cause, actor, { kind: 'publish' });
  }

  @Post(':cause/archival')
  @HttpCode(200)
  @ApiOkResponse({ type: CauseDto })
  archive(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('cause', CAUSE_ID) cause: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<CauseAnswer> {
    return this.change(tenant, cause, actor, { kind: 'archive' });
  }

  private async change(
    tenant: string,
    cause: string,
    actor: Actor | undefined,
    change: CauseChange,
  ): Promise<CauseAnswer> {
    assertCauseAdmin(actor, tenant);
    return causeAnswer(await this.causes.change(tenant, cause, change));
  }
}
