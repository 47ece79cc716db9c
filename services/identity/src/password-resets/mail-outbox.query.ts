import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class MailOutboxQuery {
  @ApiProperty({ format: 'email' })
  @IsString({ message: 'recipient must be a string' })
  @MaxLength(254, { message: 'recipient must be at most 254 characters' })
  recipient: string;
}
