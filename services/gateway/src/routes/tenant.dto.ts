import { CreateTenantDto as IdentityCreateTenantDto } from '@citypoints/http-contracts';
import { OmitType } from '@nestjs/swagger';

/** Identity's, without settings: the tenant's admin sets them (updateTenantSettings). */
export class CreateTenantDto extends OmitType(IdentityCreateTenantDto, ['settings'] as const) {}
