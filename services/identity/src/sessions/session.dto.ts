import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

export class SignInDto {
  @ApiProperty({ format: 'email' })
  @IsString({ message: 'email must be a string' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @ApiProperty()
  @IsString({ message: 'password must be a string' })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password: string;
}

export class RefreshTokenDto {
  @ApiProperty({ description: 'the refresh token of the last sign-in or refresh' })
  @IsString({ message: 'refreshToken must be a string' })
  @Length(1, 200, { message: 'refreshToken must be 1 to 200 characters' })
  refreshToken: string;
}

export interface SessionTokens {
  userId: string;
  tokenType: 'Bearer';
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
}
