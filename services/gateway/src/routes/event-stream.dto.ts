import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class EventStreamQueryDto {
  @ApiPropertyOptional({
    description:
      'a ticket from POST /me/event-tickets, for clients that cannot send Authorization ' +
      '(EventSource in browsers); single use, valid 30 s',
  })
  @IsOptional()
  @IsString({ message: 'ticket must be a string' })
  ticket?: string;
}

export class EventTicketDto {
  @ApiProperty({ description: 'opens GET /me/events?ticket=… once' })
  ticket: string;

  @ApiProperty({ description: 'seconds until the ticket expires (at most 30)' })
  expiresIn: number;
}
