import { ApiProperty } from '@nestjs/swagger';

/** When a tenant's points expire: `months` after they were credited, by its local calendar. */
export class ExpiryPolicyDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'points expire after these months' })
  months: number;

  @ApiProperty({
    example: 'Europe/Lisbon',
    description: "the tenant's IANA time zone, whose calendar months count",
  })
  timeZone: string;
}
