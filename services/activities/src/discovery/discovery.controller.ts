import {
  ActivityDetailsDto,
  ActivityDetailsQueryDto,
  NearbyActivitiesDto,
  NearbyActivitiesQueryDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { ActivityIdPipe } from '../activities/activity-id.pipe';
import { assertTenantMember } from '../activities/assert-tenant-member';
import { Discovery } from './discovery';

/**
 * Internal API, for the gateway: residents (any role of the tenant, assertTenantMember) find
 * its published activities near them and read one, in their language; drafts, archived
 * activities and other tenants' are 404 as unknown.
 */
@Controller('tenants/:tenant/activities')
export class DiscoveryController {
  constructor(private readonly discovery: Discovery) {}

  @Get('nearby')
  @ApiOkResponse({ type: NearbyActivitiesDto })
  async nearby(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: NearbyActivitiesQueryDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<NearbyActivitiesDto> {
    assertTenantMember(actor, tenant);
    return { activities: await this.discovery.nearby(tenant, query) };
  }

  @Get(':activity/details')
  @ApiOkResponse({ type: ActivityDetailsDto })
  details(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @Query() query: ActivityDetailsQueryDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<ActivityDetailsDto> {
    assertTenantMember(actor, tenant);
    return this.discovery.details(tenant, activity, query.language);
  }
}
