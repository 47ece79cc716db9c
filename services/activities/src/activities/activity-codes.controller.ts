import { ActivityCodesDto, RotatingActivityCodeDto } from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { ActivityCodes } from './activity-codes';
import { ActivityIdPipe } from './activity-id.pipe';
import { assertTenantAdmin } from './assert-tenant-admin';

/**
 * Internal API, for the gateway: an activity's codes, for its tenant's admins only (whoever
 * holds a code can check in with it), to print on a poster or show on an event's screen.
 */
@Controller('tenants/:tenant/activities/:activity/codes')
export class ActivityCodesController {
  constructor(private readonly codes: ActivityCodes) {}

  @Get()
  @ApiOkResponse({ type: ActivityCodesDto })
  poster(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<ActivityCodesDto> {
    assertTenantAdmin(actor, tenant);
    return this.codes.poster(tenant, activity);
  }

  @Get('rotating')
  @ApiOkResponse({ type: RotatingActivityCodeDto })
  screen(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<RotatingActivityCodeDto> {
    assertTenantAdmin(actor, tenant);
    return this.codes.screen(tenant, activity);
  }
}
