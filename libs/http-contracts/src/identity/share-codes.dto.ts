import { ApiProperty } from '@nestjs/swagger';

/**
 * The person a share code names (`GET /people/by-share-code?code=`), to give them points
 * with `POST /me/transfers`: their id and their name only as they consented to show it.
 */
export class SharedPersonDto {
  @ApiProperty({ format: 'uuid' })
  person: string;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'their public name or nickname as they consented; null when hidden',
  })
  displayName: string | null;
}
