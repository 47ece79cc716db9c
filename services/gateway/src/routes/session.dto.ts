import {
  IsEmailAddress,
  IsHumanText,
  IsSecretToken,
  Locale,
  LOCALES,
  MAX_EMAIL_LENGTH,
  Role,
  ROLES,
} from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsPassword, MAX_PASSWORD_LENGTH } from './fields/is-password';

export class SignUpDto {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  email: string;

  @ApiProperty({
    minLength: 10,
    maxLength: MAX_PASSWORD_LENGTH,
    description: 'letters and digits or symbols',
  })
  @IsPassword()
  password: string;

  @ApiProperty({ minLength: 1, maxLength: 100, description: 'counted as a reader sees them' })
  @IsHumanText({ min: 1, max: 100 })
  displayName: string;

  @ApiPropertyOptional({ enum: LOCALES, description: "the tenant's default locale if absent" })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export class SignInDto {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  email: string;

  @ApiProperty({ maxLength: MAX_PASSWORD_LENGTH })
  @IsPassword()
  password: string;
}

export class RefreshTokenDto {
  @ApiProperty({
    pattern: '^[A-Za-z0-9_-]{1,200}$',
    description: 'the refresh token of the last sign-in or refresh',
  })
  @IsSecretToken()
  refreshToken: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  email: string;
}

export class PasswordResetConfirmationDto {
  @ApiProperty({ pattern: '^[A-Za-z0-9_-]{1,200}$', description: 'the token from the reset mail' })
  @IsSecretToken()
  token: string;

  @ApiProperty({ minLength: 10, maxLength: MAX_PASSWORD_LENGTH })
  @IsPassword()
  newPassword: string;
}

/** A person as identity registered them: their own data, answered to them or to an admin. */
export class RegisteredPersonDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'cascais' })
  tenant: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'the partner of partner staff',
  })
  partnerId: string | null;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: LOCALES })
  locale: Locale;
}

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

/** The same answer whether or not the address belongs to someone. */
export class PasswordResetRequestedDto {
  @ApiProperty()
  message: string;
}
