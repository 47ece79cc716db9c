import {
  DISPLAY_NAME,
  IsDisplayName,
  IsLocale,
  IsNewPassword,
  IsPasswordAttempt,
  Locale,
  LOCALES,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from '@citypoints/contracts';
import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { RegisteredPersonDto } from './people.dto';

/**
 * The signed-in person as they see themselves (`GET /me`): RegisteredPersonDto's fields, with
 * `locale` the one they chose, which is the tenant's default until they choose another, and
 * whether they verified their e-mail address (nothing waits for it: an unverified person uses
 * the app like everyone else).
 */
export class ProfileDto extends RegisteredPersonDto {
  @ApiProperty({ description: 'whether the person followed the link of the verification mail' })
  emailVerified: boolean;

  @ApiProperty({
    example: 'K7QXM2PA',
    description:
      'the code the person shares so that others can give them points ' +
      '(GET /people/by-share-code?code=)',
  })
  shareCode: string;
}

// Absent means unchanged; null is refused like any other wrong value, never stored.
const unlessAbsent = (field: keyof ProfileChangeDto) => (change: ProfileChangeDto) =>
  change[field] !== undefined;

/**
 * What a person changes about themselves (`PATCH /me`): the fields given, the others stay.
 * Whether a new display name is shown to others stays the person's consent (ConsentDto).
 */
export class ProfileChangeDto {
  @ApiPropertyOptional({
    minLength: DISPLAY_NAME.min,
    maxLength: DISPLAY_NAME.max,
    description: "counted as a reader sees them; shown to others only with visibility 'public'",
  })
  @ValidateIf(unlessAbsent('displayName'))
  @IsDisplayName()
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'the language the person reads' })
  @ValidateIf(unlessAbsent('locale'))
  @IsLocale()
  locale?: Locale;
}

/** A signed-in person changes their password: the current one as typed, and a new one. */
export class PasswordChangeDto {
  @ApiProperty({ maxLength: MAX_PASSWORD_LENGTH, description: 'the password as it is now' })
  @IsPasswordAttempt()
  currentPassword: string;

  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    description: 'letters and digits or symbols, not a common password',
  })
  @IsNewPassword()
  newPassword: string;
}
