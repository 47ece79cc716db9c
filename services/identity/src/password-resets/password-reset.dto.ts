import { ApiProperty } from '@nestjs/swagger';
import { MaxLength } from 'class-validator';
import { IsEmailAddress, IsSecretToken, MAX_EMAIL_LENGTH } from '@citypoints/contracts';
import { IsStrongPassword } from '../people/is-strong-password';
import { MIN_PASSWORD_LENGTH } from '../people/password-rule';

export class PasswordResetRequestDto {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  email: string;
}

export class PasswordResetConfirmationDto {
  @ApiProperty({ description: 'the token from the reset mail' })
  @IsSecretToken()
  token: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: 200 })
  @MaxLength(200, { message: 'newPassword must be at most 200 characters' })
  @IsStrongPassword()
  newPassword: string;
}
