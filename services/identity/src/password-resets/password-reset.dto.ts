import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import { IsStrongPassword } from '../people/is-strong-password';

export class PasswordResetRequestDto {
  @ApiProperty({ format: 'email' })
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
  @MaxLength(200, { message: 'newPassword must be at most 200 characters' })
  @IsStrongPassword()
  newPassword: string;
}
