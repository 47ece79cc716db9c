import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { actOnlyOnSelf } from '../people/act-only-on-self';
import { Groups } from './groups';

/**
 * Internal API, for the gateway, which lets people list only their own groups; identity checks
 * it again against the acting person (actOnlyOnSelf).
 */
@Controller('tenants/:tenant/people/:person/groups')
export class MyGroupsController {
  constructor(private readonly groups: Groups) {}

  @Get()
  mine(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ) {
    actOnlyOnSelf(actor, tenant, person);
    return this.groups.mine(tenant, person);
  }
}
