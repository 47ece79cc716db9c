import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ProfileChangeDto, ProfileDto } from '@citypoints/http-contracts';
import { actOnlyOnSelf } from '../people/act-only-on-self';
import { Profiles } from './profile';

/**
 * Internal API, for the gateway, which lets people reach only their own :person; identity
 * checks it again against the acting person (actOnlyOnSelf).
 */
@Controller('tenants/:tenant/people/:person')
export class ProfileController {
  constructor(private readonly profiles: Profiles) {}

  @Get()
  get(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<ProfileDto> {
    actOnlyOnSelf(actor, tenant, person);
    return this.profiles.get(tenant, person);
  }

  @Patch()
  change(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @Body() change: ProfileChangeDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<ProfileDto> {
    actOnlyOnSelf(actor, tenant, person);
    return this.profiles.change(tenant, person, change);
  }
}
