import { AdjustmentDto as LedgerAdjustmentDto } from '@citypoints/http-contracts';
import { OmitType } from '@nestjs/swagger';

// The ledger's own shapes: the public request is the internal one.
export { DonationDto, HistoryQueryDto, TransferDto } from '@citypoints/http-contracts';

/** The ledger's adjustment without `adjustedBy`, which the gateway fills from the token. */
export class AdjustmentDto extends OmitType(LedgerAdjustmentDto, ['adjustedBy'] as const) {}
