import { Locale, LOCALES, ROLES, Role } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { IsStrongPassword } from './is-strong-password';
import { MIN_PASSWORD_LENGTH } from './password-rule';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SignUpDto {
  @ApiProperty({ format: 'email' })
  @Transform(trim)
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: 200 })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  @IsStrongPassword()
  password: string;

  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Transform(trim)
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
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
