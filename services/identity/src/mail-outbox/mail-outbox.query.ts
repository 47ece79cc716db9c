import { ApiProperty } from '@nestjs/swagger';
import { MAX_EMAIL_LENGTH } from '../people/email-rule';
import { IsEmailAddress } from '../people/is-email-address';

export class MailOutboxQuery {
  @ApiProperty({ format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsEmailAddress()
  recipient: string;
}
