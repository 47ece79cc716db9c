import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

/** At most this many groups per look-up: a page of a group board or a group's neighbours. */
export const MAX_GROUP_NAMES = 200;

/** The groups whose names a composed answer (a group leaderboard) shows. */
export class GroupNamesRequestDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: MAX_GROUP_NAMES,
    description: 'group ids; case and repeats do not matter',
  })
  // A UUID is case-insensitive (RFC 9562 §4): one id, one key of the answer.
  @Transform(({ value }) =>
    Array.isArray(value)
      ? [...new Set(value.map((id) => (typeof id === 'string' ? id.toLowerCase() : id)))]
      : value,
  )
  @IsArray({ message: 'groupIds must be a list of group ids' })
  @ArrayMaxSize(MAX_GROUP_NAMES, {
    message: `groupIds must hold at most ${MAX_GROUP_NAMES} different ids`,
  })
  @IsUUID(undefined, { each: true, message: 'groupIds must hold only UUIDs' })
  groupIds: string[];
}

/** The name of each asked-for group id (lower-case UUID), or null for a group of no name known. */
export class GroupNamesDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    description: "each asked-for id: the group's name, or null when the tenant has no such group",
  })
  names: Record<string, string | null>;
}
