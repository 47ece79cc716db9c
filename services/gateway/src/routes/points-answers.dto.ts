import {
  HistoryDto as LedgerHistoryDto,
  MovementDto as LedgerMovementDto,
  StatementDto as LedgerStatementDto,
} from '@citypoints/http-contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The ledger's own answers: the public answer is the internal one.
export {
  BalanceDto,
  ExpiryPolicyDto,
  MovementResultDto,
  TotalsDto,
} from '@citypoints/http-contracts';

/** One movement as the account saw it; in the history, with the counterparty's public name. */
export class MovementDto extends LedgerMovementDto {
  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    description:
      'in the history, when the counterparty is a person: the name they consented to show; ' +
      'null when they chose to be left out or were erased; absent while names cannot be read',
  })
  counterpartyName?: string | null;
}

/** The ledger's page of history, its movements with the names the gateway joins in. */
export class HistoryDto extends LedgerHistoryDto {
  @ApiProperty({ type: [MovementDto], description: 'newest first' })
  declare entries: MovementDto[];
}

/** The ledger's statement, described with the public movement (one schema of that name). */
export class StatementDto extends LedgerStatementDto {
  @ApiProperty({ type: [MovementDto], description: 'newest first' })
  declare movements: MovementDto[];
}
