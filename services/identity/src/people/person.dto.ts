import {
  IsEmailAddress,
  IsHumanText,
  Locale,
  LOCALES,
  MAX_EMAIL_LENGTH,
  Role,
  ROLES,
} from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { IsStrongPassword } from './is-strong-password';
import { MIN_PASSWORD_LENGTH } from './password-rule';

export class SignUpDto {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  email: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: 200 })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  @IsStrongPassword()
  password: string;

  @ApiProperty({ minLength: 1, maxLength: 100 })
  @IsHumanText({ min: 1, max: 100 })
  displayName: string;

  @ApiPropertyOptional({ enum: LOCALES, description: "the tenant's default locale if absent" })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

/** A tenant admin or platform operator adds staff, verifiers or citizens. */
export class CreatePersonDto extends SignUpDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for partner-staff, else absent' })
  @IsOptional()
  @IsUUID(undefined, { message: 'partnerId must be a UUID' })
  partnerId?: string;
}
