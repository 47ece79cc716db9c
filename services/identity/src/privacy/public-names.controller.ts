import { TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { PublicNames } from './public-names';
import { PublicNamesDto, PublicNamesRequestDto } from '@citypoints/http-contracts';

/**
 * Internal API, for the gateway's composed answers. Any person of the tenant may ask (the
 * service-token guard refuses another tenant's): it shows only what people chose to show.
 */
@Controller('tenants/:tenant/public-names')
export class PublicNamesController {
  constructor(private readonly publicNames: PublicNames) {}

  @Post()
  @HttpCode(200)
  of(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: PublicNamesRequestDto,
  ): Promise<PublicNamesDto> {
    return this.publicNames.of(tenant, input.userIds);
  }
}
