import { TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ConsentDto } from './consent.dto';
import { Privacy } from './privacy';

/** Internal API, for the gateway, which lets people reach only their own :person. */
@Controller('tenants/:tenant/people/:person')
export class PrivacyController {
  constructor(private readonly privacy: Privacy) {}

  @Put('consent')
  setConsent(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @Body() consent: ConsentDto,
  ): Promise<ConsentDto> {
    return this.privacy.setConsent(tenant, person, consent);
  }

  @Get('export')
  export(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
  ) {
    return this.privacy.export(tenant, person);
  }

  @Delete()
  @HttpCode(204)
  erase(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
  ): Promise<void> {
    return this.privacy.erase(tenant, person);
  }
}
