import {
  ActivityDto,
  ActivityInputDto,
  ActivityListDto,
  ActivityListQueryDto,
  ActivityReplacementDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Activities } from './activities';
import { Activity } from './activity';
import { activityFieldsOf } from './activity-fields-of';
import { ActivityIdPipe } from './activity-id.pipe';
import { assertTenantAdmin } from './assert-tenant-admin';
import { ActivityChange } from './decide-change';
import { readableStates } from './readable-states';

/**
 * Internal API, for the gateway: a tenant's admins manage its activities (assertTenantAdmin,
 * 403 otherwise); anyone signed in reads the published ones (readableStates). Changes answer
 * the activity as it is afterwards; see Activities and decideChange for refusals.
 */
@Controller('tenants/:tenant/activities')
export class ActivitiesController {
  constructor(private readonly activities: Activities) {}

  @Post()
  @ApiCreatedResponse({ type: ActivityDto })
  create(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: ActivityInputDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Activity> {
    assertTenantAdmin(actor, tenant);
    return this.activities.create(tenant, input);
  }

  @Get()
  @ApiOkResponse({ type: ActivityListDto })
  async list(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: ActivityListQueryDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<{ activities: Activity[] }> {
    const readable = readableStates(actor, tenant);
    const states = query.state ? readable.filter((state) => state === query.state) : readable;
    return { activities: await this.activities.list(tenant, states) };
  }

  @Get(':activity')
  @ApiOkResponse({ type: ActivityDto })
  get(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Activity> {
    return this.activities.get(tenant, activity, readableStates(actor, tenant));
  }

  @Put(':activity')
  @ApiOkResponse({ type: ActivityDto })
  replace(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @Body() input: ActivityReplacementDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Activity> {
    const fields = activityFieldsOf(input);
    return this.change(tenant, activity, actor, {
      kind: 'replace',
      fields,
      expectedVersion: input.version,
    });
  }

  @Post(':activity/publication')
  @HttpCode(200)
  @ApiOkResponse({ type: ActivityDto })
  publish(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Activity> {
    return this.change(tenant, activity, actor, { kind: 'publish' });
  }

  @Post(':activity/archival')
  @HttpCode(200)
  @ApiOkResponse({ type: ActivityDto })
  archive(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Activity> {
    return this.change(tenant, activity, actor, { kind: 'archive' });
  }

  /** A new code generation: every poster and screen code of an earlier one is refused. */
  @Post(':activity/code-rotations')
  @HttpCode(200)
  @ApiOkResponse({ type: ActivityDto })
  rotateCodes(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Activity> {
    return this.change(tenant, activity, actor, { kind: 'rotate-codes' });
  }

  private change(
    tenant: string,
    activity: string,
    actor: Actor | undefined,
    change: ActivityChange,
  ): Promise<Activity> {
    assertTenantAdmin(actor, tenant);
    return this.activities.change(tenant, activity, change);
  }
}
