import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, MaxLength } from 'class-validator';
import { IsEmailAddress, IsSecretToken, MAX_EMAIL_LENGTH } from '@citypoints/contracts';
import { IsPasswordAttempt } from '../people/is-password-attempt';

export class SignInDto {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  email: string;

  @ApiProperty({ maxLength: 200 })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  @IsPasswordAttempt()
  password: string;
}

export class RefreshTokenDto {
  @ApiProperty({ description: 'the refresh token of the last sign-in or refresh' })
  @IsSecretToken()
  refreshToken: string;
}

export class SignOutDto extends RefreshTokenDto {
  /** The signed-in person, whose session alone a sign-out may end. */
  @ApiProperty({ format: 'uuid', description: 'the signed-in person, passed by the gateway' })
  @IsUUID(undefined, { message: 'userId must be a UUID' })
  userId: string;
}

export interface SessionTokens {
  userId: string;
  tokenType: 'Bearer';
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
}
