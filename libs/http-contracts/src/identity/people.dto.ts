import {
  DISPLAY_NAME,
  IsDisplayName,
  IsEmailAddress,
  IsLocale,
  IsNewPassword,
  Locale,
  LOCALES,
  MAX_EMAIL_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  Role,
  ROLES,
} from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

/** A citizen signing up; identity judges after how easy the password is to guess. */
export class SignUpDto {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  email: string;

  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    description: 'letters and digits or symbols, not a common password',
  })
  @IsNewPassword()
  password: string;

  @ApiProperty({
    minLength: DISPLAY_NAME.min,
    maxLength: DISPLAY_NAME.max,
    description: 'counted as a reader sees them',
  })
  @IsDisplayName()
  displayName: string;

  @ApiPropertyOptional({ enum: LOCALES, description: "the tenant's default locale if absent" })
  @IsOptional()
  @IsLocale()
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
