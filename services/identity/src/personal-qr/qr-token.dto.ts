import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class QrTokenDto {
  @ApiProperty({ description: "the token from the person's QR code" })
  @IsString({ message: 'token must be a string' })
  @Length(1, 2000, { message: 'token must be 1 to 2000 characters' })
  token: string;
}
