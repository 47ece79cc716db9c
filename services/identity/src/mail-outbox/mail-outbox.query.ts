import { ApiProperty } from '@nestjs/swagger';
import { IsEmailAddress, MAX_EMAIL_LENGTH } from '@citypoints/contracts';

export class MailOutboxQuery {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  recipient: string;
}
