import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const MOVEMENT_KINDS = [
  'earn',
  'bonus',
  'spend',
  'refund',
  'transfer',
  'donate',
  'adjust',
  'expire',
  'forfeit',
] as const;

/**
 * Why points moved: earned, a leaderboard bonus, spent on a voucher, refunded (a cancelled
 * voucher), given, corrected, lost.
 */
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** An account's (UUID) current balance, in whole points. */
export class BalanceDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  balance: number;
}

/** What a transfer, donation or adjustment answers, also to a repeat of it. */
export class MovementResultDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'the balance right after the movement' })
  balance: number;
}

/** One movement as the account saw it. */
export class MovementDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: "the account's version after it" })
  version: number;

  @ApiProperty()
  movementId: string;

  @ApiProperty({ enum: MOVEMENT_KINDS })
  kind: MovementKind;

  @ApiProperty({ type: 'integer', description: 'points; negative when they left the account' })
  amount: number;

  @ApiProperty({ description: 'the other account: a person, a cause or the system' })
  counterparty: string;

  @ApiProperty()
  reason: string;

  @ApiPropertyOptional({
    description: "a tenant admin's reason for an adjustment, until the person is erased",
  })
  note?: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  balanceAfter: number;

  @ApiProperty({ format: 'date-time', description: 'ISO 8601, UTC' })
  recordedAt: string;
}

/** A page of an account's movements, newest first, and the `before` of the next page. */
export class HistoryDto {
  @ApiProperty({ type: [MovementDto], description: 'newest first' })
  entries: MovementDto[];

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'the before of the next page; null on the last',
  })
  next: number | null;
}

/** A person's account in full: their part of the data export. */
export class StatementDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  balance: number;

  @ApiProperty({ type: [MovementDto], description: 'newest first' })
  movements: MovementDto[];
}

/** Every point issued is in circulation, spent, donated, expired or forfeited. */
export class TotalsDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  issued: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: "in people's accounts" })
  inCirculation: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'on vouchers' })
  spent: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'to charitable causes' })
  donated: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  expired: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'held by people since erased' })
  forfeited: number;
}
