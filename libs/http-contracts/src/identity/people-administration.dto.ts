import { IsHumanText, IsQueryInteger, Role, ROLES } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CreatePersonDto, RegisteredPersonDto } from './people.dto';

/** How many people a page of the list holds unless asked otherwise, and at most. */
export const PEOPLE_PAGE = 20;
export const MAX_PEOPLE_PAGE = 100;
/** The furthest a page of people may start: beyond it, search narrower. */
export const MAX_PEOPLE_OFFSET = 100_000;

/** Whether a person may sign in: `suspended` until a tenant admin reinstates them. */
export const ACCOUNT_STATUSES = ['active', 'suspended'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/**
 * A tenant admin's search of the tenant's people (erased people are never listed): `search`
 * matches a part of the display name or of the e-mail address, whatever its case; `role` keeps
 * one role; `offset` skips that many of the matches, in order of display name.
 */
export class PeopleQueryDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 100, description: 'part of a name or e-mail' })
  @IsOptional()
  @IsHumanText({ min: 1, max: 100 })
  search?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PEOPLE_PAGE,
    default: PEOPLE_PAGE,
  })
  @IsOptional()
  @IsQueryInteger(1, MAX_PEOPLE_PAGE)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_PEOPLE_OFFSET, default: 0 })
  @IsOptional()
  @IsQueryInteger(0, MAX_PEOPLE_OFFSET)
  offset?: number;
}

/** A person as the tenant's admins see them in the list of people. */
export class PersonSummaryDto extends OmitType(RegisteredPersonDto, ['tenant'] as const) {
  @ApiProperty({ enum: ACCOUNT_STATUSES, description: 'suspended people cannot sign in' })
  status: AccountStatus;

  @ApiProperty({ description: 'whether the person followed the link of the verification mail' })
  emailVerified: boolean;

  @ApiProperty({ format: 'date-time', description: 'when the person signed up or was added' })
  createdAt: string;
}

/** A page of the tenant's people, and how many match in all. */
export class PeopleDto {
  @ApiProperty({ type: [PersonSummaryDto] })
  people: PersonSummaryDto[];

  @ApiProperty({ type: 'integer', minimum: 0, description: 'all the matches, on every page' })
  total: number;
}

/**
 * A tenant admin gives a person another role: the roles addPersonRefusal lets them add, with
 * `partnerId` exactly for partner staff.
 */
export class RoleChangeDto extends PickType(CreatePersonDto, ['role', 'partnerId'] as const) {}

/**
 * Internal answer of what ends a person's sessions on an admin's word (suspension, a role
 * change, erasure): the person and their session generation from now on, for the gateway to
 * refuse their older access tokens at once. The public routes answer 204.
 */
export class SessionsEndedDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  generation: number;
}
