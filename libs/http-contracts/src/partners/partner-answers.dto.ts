import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNER_KINDS, PartnerKind } from './partner-input.dto';

/** A partner of a tenant as rewards holds it; times are ISO-8601 UTC. */
export class PartnerDto {
  @ApiProperty({ example: 'cascais' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  partnerId: string;

  @ApiProperty({ example: 'Carris' })
  name: string;

  @ApiProperty({ enum: PARTNER_KINDS })
  kind: PartnerKind;

  @ApiPropertyOptional({ format: 'email' })
  contactEmail?: string;

  @ApiPropertyOptional()
  contactPhone?: string;

  @ApiPropertyOptional({ format: 'uri' })
  logoUrl?: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'the pseudonymous user ids of the partner-staff accounts bound to it',
  })
  staff: string[];

  @ApiProperty({ type: 'integer', minimum: 1, description: 'raised by every change' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** A tenant's partners, by name. */
export class PartnerListDto {
  @ApiProperty({ type: [PartnerDto] })
  partners: PartnerDto[];
}

/** A partner-staff account bound to a partner: it manages that partner's offers only. */
export class PartnerStaffDto {
  @ApiProperty({ format: 'uuid' })
  partnerId: string;

  @ApiProperty({ format: 'uuid', description: 'pseudonymous, from identity' })
  userId: string;
}
