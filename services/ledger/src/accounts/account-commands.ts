import { PointsAdjustedV2, PointsAdjustedV2Type } from '@citypoints/contracts';
import {
  AdjustmentDto,
  DonationDto,
  MovementResultDto,
  TransferDto,
} from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccountRegistry, causeAccount } from '../core/account-registry';
import { AdjustmentNotes } from '../core/adjustment-notes';
import { CommandLog } from '../core/command-log';
import {
  CommandFingerprint,
  CommandIdReusedError,
  commandVerdict,
  reasonHash,
} from '../core/command-verdict';
import { Ledger } from '../core/ledger';
import { MovableKind } from '../core/movable-account';
import { Movement, POINTS_ISSUED } from '../core/movement';
import { publishLedgerEvent } from '../core/publish-ledger-event';
import { publishTransferred } from '../core/publish-transferred';
import { adjustmentReason, assertNotOwnAccount } from './adjustment';

interface Command {
  /** The request field that carries the id, to name it in a refusal. */
  field: 'transferId' | 'donationId' | 'adjustmentId';
  id: string;
  fingerprint: CommandFingerprint;
}

interface Gift {
  field: 'transferId' | 'donationId';
  id: string;
  kind: 'transfer' | 'donate';
  /** The receiver as events name it: a citizen's or a cause's id. */
  to: string;
  toAccount: string;
  toKind: MovableKind;
  /** The request field naming the receiver: `to` for a citizen, `causeId` for a cause. */
  toField: 'to' | 'causeId';
  points: number;
}

/**
 * The commands the gateway sends on a citizen's or a tenant admin's behalf. Each runs once per
 * command id: its fingerprint, movement, events and answer are written in one transaction; a
 * repeat gets the first answer and moves nothing; another command under the id is refused
 * with CommandIdReusedError. Also throws the errors of assertMovable, Ledger.record and
 * assertNotOwnAccount.
 */
@Injectable()
export class AccountCommands {
  constructor(
    private readonly db: DataSource,
    private readonly ledger: Ledger,
    private readonly registry: AccountRegistry,
    private readonly log: CommandLog,
    private readonly notes: AdjustmentNotes,
  ) {}

  transfer(tenantId: string, account: string, { transferId, to, points }: TransferDto) {
    const kind = 'transfer';
    const gift: Gift = {
      field: 'transferId',
      id: transferId,
      kind,
      to,
      toAccount: to,
      points,
      toKind: 'citizen',
      toField: 'to',
    };
    return this.give(tenantId, account, gift);
  }

  donate(tenantId: string, account: string, { donationId, causeId, points }: DonationDto) {
    const toAccount = causeAccount(causeId);
    const gift: Gift = {
      field: 'donationId',
      id: donationId,
      kind: 'donate',
      to: causeId,
      toAccount,
      points,
      toKind: 'cause',
      toField: 'causeId',
    };
    return this.give(tenantId, account, gift);
  }

  /** A tenant admin's correction: points issued to the account, or taken back when negative. */
  adjust(tenantId: string, account: string, adjustment: AdjustmentDto): Promise<MovementResultDto> {
    const { adjustmentId, points, reason, adjustedBy } = adjustment;
    assertNotOwnAccount(account, adjustedBy);
    const fingerprint: CommandFingerprint = {
      kind: 'adjust',
      account,
      receiver: null,
      points,
      adjustedBy,
      reasonHash: reasonHash(reason),
    };
    const command: Command = { field: 'adjustmentId', id: adjustmentId, fingerprint };
    return this.once(tenantId, command, async (tx) => {
      await this.registry.assertMovable(tx, tenantId, account, 'citizen');
      const credit = points > 0;
      const id = `adjust:${adjustmentId}`;
      const balances = await this.record(tx, command, {
        id,
        tenantId,
        kind: 'adjust',
        from: credit ? POINTS_ISSUED : account,
        to: credit ? account : POINTS_ISSUED,
        amount: Math.abs(points),
        reason: adjustmentReason(adjustedBy),
        correlationId: id,
      });
      const balance = credit ? balances.to : balances.from;
      await this.notes.write(tx, tenantId, id, account, reason);
      await publishLedgerEvent<PointsAdjustedV2>(
        tx,
        PointsAdjustedV2Type,
        account,
        { accountId: account, adjustmentId, points, adjustedBy, balance },
        { tenantid: tenantId },
      );
      return { balance };
    });
  }

  private give(tenantId: string, from: string, gift: Gift): Promise<MovementResultDto> {
    const { field, id: commandId, kind, to, toAccount, points } = gift;
    const fingerprint: CommandFingerprint = {
      kind,
      account: from,
      receiver: toAccount,
      points,
      adjustedBy: null,
      reasonHash: null,
    };
    const command: Command = { field, id: commandId, fingerprint };
    return this.once(tenantId, command, async (tx) => {
      await this.registry.assertMovable(tx, tenantId, from, 'citizen');
      await this.registry.assertMovable(tx, tenantId, toAccount, gift.toKind, gift.toField);
      const id = `${kind}:${commandId}`;
      const balances = await this.record(tx, command, {
        id,
        tenantId,
        kind,
        from,
        to: toAccount,
        amount: points,
        reason: kind === 'transfer' ? 'gift' : 'donation',
        correlationId: id,
      });
      const transferred = { tenantId, transferId: commandId, kind, from, to, toAccount, points };
      await publishTransferred(tx, { ...transferred, balances });
      return { balance: balances.from };
    });
  }

  // The command is claimed before anything is checked, so a repeat gets the first answer even
  // when the accounts have changed since; a refusal rolls the claim back with the rest.
  private once(
    tenantId: string,
    command: Command,
    carryOut: (tx: EntityManager) => Promise<MovementResultDto>,
  ): Promise<MovementResultDto> {
    return this.db.transaction(async (tx) => {
      const recorded = await this.log.claim(tx, tenantId, command.id, command.fingerprint);
      const verdict = commandVerdict(command.fingerprint, recorded);
      if (verdict.verdict === 'repeat') return verdict.answer;
      if (verdict.verdict === 'conflict') throw new CommandIdReusedError(command.field, command.id);
      const answer = await carryOut(tx);
      await this.log.answer(tx, tenantId, command.id, answer);
      return answer;
    });
  }

  // A movement under a freshly claimed id would predate the command log, whose migration
  // recorded every earlier command: refused rather than answered with a guess.
  private async record(tx: EntityManager, command: Command, movement: Movement) {
    const balances = await this.ledger.record(movement, tx);
    if (!balances) throw new CommandIdReusedError(command.field, command.id);
    return balances;
  }
}
