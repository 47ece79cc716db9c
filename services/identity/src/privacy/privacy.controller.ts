import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { actOnlyOnSelf } from '../people/act-only-on-self';
import { ConsentDto } from '@citypoints/http-contracts';
import { Privacy } from './privacy';

/**
 * Internal API, for the gateway, which lets people reach only their own :person; identity
 * checks it again against the acting person (actOnlyOnSelf).
 */
@Controller('tenants/:tenant/people/:person')
export class PrivacyController {
  constructor(private readonly privacy: Privacy) {}

  @Put('consent')
  setConsent(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @Body() consent: ConsentDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<ConsentDto> {
    actOnlyOnSelf(actor, tenant, person);
    return this.privacy.setConsent(tenant, person, consent);
  }

  @Get('export')
  export(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ) {
    actOnlyOnSelf(actor, tenant, person);
    return this.privacy.export(tenant, person);
  }

  @Delete()
  @HttpCode(204)
  async erase(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<void> {
    actOnlyOnSelf(actor, tenant, person);
    await this.privacy.erase(tenant, person);
  }
}
