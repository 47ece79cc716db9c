import { DomainError, normalizeShareCode, shareCodeProblem } from '@citypoints/contracts';
import { SharedPersonDto } from '@citypoints/http-contracts';
import { TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param } from '@nestjs/common';
import { ShareCodes } from './share-codes';

/**
 * Internal API, for the gateway, which lets the signed-in people of a tenant find a person of
 * the same tenant by their share code (the service-token guard refuses an acting person of
 * another tenant). A code given with case, spaces or dashes is read as its letters; a
 * malformed one is refused, 400 `invalid-share-code` naming `code`.
 */
@Controller('tenants/:tenant/share-codes')
export class ShareCodesController {
  constructor(private readonly shareCodes: ShareCodes) {}

  @Get(':code')
  find(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('code') code: string,
  ): Promise<SharedPersonDto> {
    const problem = shareCodeProblem(code, 'code');
    if (problem) throw new DomainError('invalid', 'invalid-share-code', problem, 'code');
    return this.shareCodes.find(tenant, normalizeShareCode(code));
  }
}
