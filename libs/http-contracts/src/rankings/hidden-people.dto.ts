import { IsNormalizedUuid, IsTenantId } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

/**
 * The most people one tenant may hide from its leaderboards. Every read corrects its counts
 * for each hidden person on the board, so the set must stay small.
 */
export const MAX_HIDDEN_PEOPLE = 500;

/** The tenant's list of hidden people: `/tenants/{tenant}/hidden-people`. */
export class HiddenPeoplePathDto {
  @ApiProperty({ example: 'cascais' })
  @IsTenantId()
  tenant: string;
}

/** One person of the tenant's leaderboards: `/tenants/{tenant}/hidden-people/{person}`. */
export class HiddenPersonPathDto extends HiddenPeoplePathDto {
  @ApiProperty({ format: 'uuid', description: "the person's pseudonymous id" })
  @IsNormalizedUuid()
  person: string;
}

/** A person a tenant admin hid from the tenant's leaderboards. */
export class HiddenPersonDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'string', format: 'date-time', description: 'when they were hidden (UTC)' })
  hiddenAt: string;
}

/** The people hidden from the tenant's leaderboards, most recently hidden first. */
export class HiddenPeopleDto {
  @ApiProperty({ type: [HiddenPersonDto], maxItems: MAX_HIDDEN_PEOPLE })
  people: HiddenPersonDto[];
}
