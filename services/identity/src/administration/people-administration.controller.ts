import {
  PeopleDto,
  PeopleQueryDto,
  PersonSummaryDto,
  RoleChangeDto,
  SessionsEndedDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { PeopleAdministration } from './people-administration';

/**
 * Internal API, for the gateway, which lets only tenant admins reach it; identity checks the
 * acting person again (administeringRefusal): an admin of this tenant, never on themselves.
 */
@Controller('tenants/:tenant/people')
export class PeopleAdministrationController {
  constructor(private readonly administration: PeopleAdministration) {}

  @Get()
  list(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: PeopleQueryDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<PeopleDto> {
    return this.administration.list(actor, tenant, query);
  }

  @Get(':person/summary')
  get(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<PersonSummaryDto> {
    return this.administration.get(actor, tenant, person);
  }

  @Put(':person/role')
  @HttpCode(200)
  changeRole(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @Body() change: RoleChangeDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<SessionsEndedDto> {
    return this.administration.changeRole(actor, tenant, person, change);
  }

  @Post(':person/suspension')
  @HttpCode(200)
  suspend(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<SessionsEndedDto> {
    return this.administration.suspend(actor, tenant, person);
  }

  @Delete(':person/suspension')
  reinstate(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<PersonSummaryDto> {
    return this.administration.reinstate(actor, tenant, person);
  }

  @Post(':person/erasure')
  @HttpCode(200)
  erase(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<SessionsEndedDto> {
    return this.administration.erase(actor, tenant, person);
  }
}
