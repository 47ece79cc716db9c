import { Body, Controller, Post } from '@nestjs/common';
import { Participation } from './participation.entity';
import { ParticipationsService } from './participations.service';
import { RecordParticipationDto } from './record-participation.dto';

/**
 * Internal API. Walking skeleton: records a participation as verified without the QR, GPS or
 * steward checks, which the verification issue adds.
 */
@Controller('participations')
export class ParticipationsController {
  constructor(private readonly participations: ParticipationsService) {}

  @Post()
  record(@Body() input: RecordParticipationDto): Promise<Participation> {
    return this.participations.record(input);
  }
}
