import {
  IsEmailAddress,
  IsNewPassword,
  IsSecretToken,
  MAX_EMAIL_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  SECRET_TOKEN,
} from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** Asks for a one-time reset token to be mailed to this address. */
export class PasswordResetRequestDto {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  email: string;
}

/** The same answer whether or not the address belongs to someone. */
export class PasswordResetRequestedDto {
  @ApiProperty()
  message: string;
}

/** The new password meets the rules of a sign-up's (IsNewPassword). */
export class PasswordResetConfirmationDto {
  @ApiProperty({ pattern: SECRET_TOKEN.source, description: 'the token from the reset mail' })
  @IsSecretToken()
  token: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @IsNewPassword()
  newPassword: string;
}
