import { IsHumanText, IsQueryInteger } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

/** How many groups a page of the list holds unless asked otherwise, and at most. */
export const GROUPS_PAGE = 20;
export const MAX_GROUPS_PAGE = 100;
/** The furthest a page of groups may start: beyond it, search narrower. */
export const MAX_GROUPS_OFFSET = 100_000;

/**
 * A tenant admin's search of the tenant's groups (`GET /groups`): `search` matches a part of
 * the group's name, whatever its case; `offset` skips that many of the matches, in order of
 * name. Paged as the list of people is (PeopleQueryDto).
 */
export class GroupsQueryDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 100, description: "part of the group's name" })
  @IsOptional()
  @IsHumanText({ min: 1, max: 100 })
  search?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_GROUPS_PAGE,
    default: GROUPS_PAGE,
  })
  @IsOptional()
  @IsQueryInteger(1, MAX_GROUPS_PAGE)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_GROUPS_OFFSET, default: 0 })
  @IsOptional()
  @IsQueryInteger(0, MAX_GROUPS_OFFSET)
  offset?: number;
}

/** A group's founder as the tenant's admins see them: the person (UUID) and the name they gave. */
export class ListedGroupFounderDto {
  @ApiProperty({ format: 'uuid' })
  person: string;

  @ApiProperty({ description: 'the display name identity holds (admins see real names)' })
  displayName: string;
}

/** A group as the tenant's admins see it in the list of groups; `createdAt` is ISO-8601 UTC. */
export class ListedGroupDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({
    type: ListedGroupFounderDto,
    nullable: true,
    description: 'null when its founder has left the group or erased their data',
  })
  founder: ListedGroupFounderDto | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  memberCount: number;

  @ApiProperty({ format: 'date-time', description: 'when the group was founded' })
  createdAt: string;
}

/** A page of the tenant's groups, and how many match in all. */
export class GroupListDto {
  @ApiProperty({ type: [ListedGroupDto] })
  groups: ListedGroupDto[];

  @ApiProperty({ type: 'integer', minimum: 0, description: 'all the matches, on every page' })
  total: number;
}
