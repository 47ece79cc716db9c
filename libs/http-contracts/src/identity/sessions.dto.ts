import {
  IsEmailAddress,
  IsPasswordAttempt,
  IsSecretToken,
  MAX_EMAIL_LENGTH,
  MAX_PASSWORD_LENGTH,
  SECRET_TOKEN,
} from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** A sign-in: the password as typed, which only has to be a password, weak or not. */
export class SignInDto {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  email: string;

  @ApiProperty({ maxLength: MAX_PASSWORD_LENGTH })
  @IsPasswordAttempt()
  password: string;
}

/** A session's current refresh token, to rotate it for new tokens or to end the session. */
export class RefreshTokenDto {
  @ApiProperty({
    pattern: SECRET_TOKEN.source,
    description: 'the refresh token of the last sign-in or refresh',
  })
  @IsSecretToken()
  refreshToken: string;
}

/** The gateway fills in userId from the access token: one can only sign oneself out. */
export class SignOutDto extends RefreshTokenDto {
  /** The signed-in person, whose session alone a sign-out may end. */
  @ApiProperty({ format: 'uuid', description: 'the signed-in person, passed by the gateway' })
  @IsUUID(undefined, { message: 'userId must be a UUID' })
  userId: string;
}

/** The answer to a sign-in or a refresh. */
export class SessionTokensDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'an ES256 JWT for the Authorization header' })
  accessToken: string;

  @ApiProperty({ type: 'integer', description: 'seconds until the access token expires' })
  expiresIn: number;

  @ApiProperty()
  refreshToken: string;
}
