import { DISPLAY_NAME, IsDisplayName } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The founder or a tenant admin renames a group (`PATCH /groups/{group}`). */
export class RenameGroupDto {
  @ApiProperty({
    minLength: DISPLAY_NAME.min,
    maxLength: DISPLAY_NAME.max,
    description: 'counted as a reader sees them',
  })
  @IsDisplayName()
  name: string;
}

/** A group (UUID) with its name as it is now. */
export class GroupRenamedDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty()
  name: string;
}

/** The founder or a tenant admin hands a group over to one of its members. */
export class HandOverGroupDto {
  @ApiProperty({ format: 'uuid', description: 'the member who becomes the founder' })
  @IsUUID(undefined, { message: 'person must be a UUID' })
  person: string;
}

/** A group (UUID) and its founder (UUID) as they are now. */
export class GroupFounderDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty({ format: 'uuid' })
  founder: string;
}
