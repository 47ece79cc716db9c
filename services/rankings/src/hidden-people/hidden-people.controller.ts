import {
  HiddenPeopleDto,
  HiddenPeoplePathDto,
  HiddenPersonDto,
  HiddenPersonPathDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor } from '@citypoints/platform';
import { Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { assertTenantAdmin } from './assert-tenant-admin';
import { HiddenPeople } from './hidden-people';

/**
 * Internal API for the gateway: a tenant's admins hide people from the tenant's leaderboards
 * and show them again (assertTenantAdmin, 403 otherwise). The person must have points on the
 * tenant's boards (404 `unknown-person`); a malformed tenant or person is 400 naming it.
 */
@Controller('tenants/:tenant/hidden-people')
export class HiddenPeopleController {
  constructor(private readonly hiddenPeople: HiddenPeople) {}

  /** The tenant's hidden people, most recently hidden first. */
  @Get()
  @ApiOkResponse({ type: HiddenPeopleDto })
  list(
    @Param() { tenant }: HiddenPeoplePathDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<HiddenPeopleDto> {
    assertTenantAdmin(actor, tenant);
    return this.hiddenPeople.list(tenant);
  }

  /** Hides the person from every leaderboard of the tenant; hiding them again changes nothing. */
  @Put(':person')
  @ApiOkResponse({ type: HiddenPersonDto })
  hide(
    @Param() { tenant, person }: HiddenPersonPathDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<HiddenPersonDto> {
    assertTenantAdmin(actor, tenant);
    return this.hiddenPeople.hide(tenant, person, new Date());
  }

  /** Shows the person again, with every point they scored while hidden. */
  @Delete(':person')
  @HttpCode(204)
  @ApiNoContentResponse()
  show(
    @Param() { tenant, person }: HiddenPersonPathDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<void> {
    assertTenantAdmin(actor, tenant);
    return this.hiddenPeople.show(tenant, person);
  }
}
