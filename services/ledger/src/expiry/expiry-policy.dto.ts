import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

export class ExpiryPolicyDto {
  @ApiProperty({ minimum: 1, maximum: 120, description: 'points older than this expire' })
  @IsInt({ message: 'months must be a whole number from 1 to 120' })
  @Min(1, { message: 'months must be a whole number from 1 to 120' })
  @Max(120, { message: 'months must be a whole number from 1 to 120' })
  months: number;

  /** The tenant admin's pseudonymous id, for the audit trail. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  setBy: string;
}
