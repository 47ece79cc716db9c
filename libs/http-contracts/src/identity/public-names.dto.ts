import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

/** At most this many people per look-up: a page of a leaderboard or of a history. */
export const MAX_PUBLIC_NAMES = 200;

/** The people whose public names a composed answer shows. */
export class PublicNamesRequestDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: MAX_PUBLIC_NAMES,
    description: 'user ids; case and repeats do not matter',
  })
  // A UUID is case-insensitive (RFC 9562 §4): one id, one key of the answer.
  @Transform(({ value }) =>
    Array.isArray(value)
      ? [...new Set(value.map((id) => (typeof id === 'string' ? id.toLowerCase() : id)))]
      : value,
  )
  @IsArray({ message: 'userIds must be a list of user ids' })
  @ArrayMaxSize(MAX_PUBLIC_NAMES, {
    message: `userIds must hold at most ${MAX_PUBLIC_NAMES} different ids`,
  })
  @IsUUID(undefined, { each: true, message: 'userIds must hold only UUIDs' })
  userIds: string[];
}

/** The public name of each asked-for user id (lower-case UUID), or null when none is shown. */
export class PublicNamesDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    description:
      'each asked-for id: the name its person consented to show, or null (left out, erased ' +
      'or unknown alike)',
  })
  names: Record<string, string | null>;
}
