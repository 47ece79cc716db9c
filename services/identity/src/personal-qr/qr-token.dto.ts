import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

// The JWS compact serialisation (RFC 7515 §7.1): three base64url parts.
const COMPACT_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export class QrTokenDto {
  @ApiProperty({ description: "the token from the person's QR code" })
  @IsString({ message: 'token must be a string' })
  @Length(1, 2000, { message: 'token must be 1 to 2000 characters' })
  @Matches(COMPACT_JWT, { message: 'token must be a QR token as issued (a signed JWT)' })
  token: string;
}
