import { PersonalDataDto } from '@citypoints/http-contracts';
import { ApiProperty } from '@nestjs/swagger';
import { StatementDto } from './points-answers.dto';

/** Everything held about a person (GDPR access): identity's data and their ledger account. */
export class DataExportDto extends PersonalDataDto {
  @ApiProperty({ type: StatementDto, description: 'balance 0 and no movements without an account' })
  points: StatementDto;
}
