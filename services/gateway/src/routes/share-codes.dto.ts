import { IsShareCode, SHARE_CODE_ALPHABET, SHARE_CODE_LENGTH } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** Whose share code a giver looks up (`GET /people/by-share-code?code=`). */
export class ShareCodeQueryDto {
  @ApiProperty({
    example: 'K7QX-M2PA',
    description:
      `the ${SHARE_CODE_LENGTH} characters (of ${SHARE_CODE_ALPHABET}) the person shares; ` +
      'case, spaces and dashes do not matter',
  })
  @IsShareCode()
  code: string;
}
