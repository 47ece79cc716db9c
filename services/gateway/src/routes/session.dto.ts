import { Locale, LOCALES } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class SignUpDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 200, description: 'letters and digits or symbols' })
  @IsString({ message: 'password must be a string' })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password: string;

  @ApiProperty({ minLength: 1, maxLength: 100 })
  @IsString({ message: 'displayName must be a string' })
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName: string;

  @ApiPropertyOptional({ enum: LOCALES, description: "the tenant's default locale if absent" })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export class SignInDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @IsString({ message: 'email must be a string' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @ApiProperty({ maxLength: 200 })
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

export class PasswordResetRequestDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @IsString({ message: 'email must be a string' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;
}

export class PasswordResetConfirmationDto {
  @ApiProperty({ description: 'the token from the reset mail' })
  @IsString({ message: 'token must be a string' })
  @Length(1, 200, { message: 'token must be 1 to 200 characters' })
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString({ message: 'newPassword must be a string' })
  @MaxLength(200, { message: 'newPassword must be at most 200 characters' })
  newPassword: string;
}

export class RegisteredPersonDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  tenant: string;

  @ApiProperty()
  role: string;
}

export class SessionTokensDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty()
  accessToken: string;

  @ApiProperty({ description: 'seconds until the access token expires' })
  expiresIn: number;

  @ApiProperty()
  refreshToken: string;
}
