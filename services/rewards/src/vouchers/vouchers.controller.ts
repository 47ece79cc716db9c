import { VoucherListDto } from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe, UuidParamPipe } from '@citypoints/platform';
import { DomainError } from '@citypoints/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { callerOf } from '../partners/caller';
import { voucherAnswer } from './voucher-answer';
import { voucherQrSvg } from './voucher-qr';
import { vouchersOf } from './vouchers.store';

const USER = new UuidParamPipe('userId');

/** Internal API, for the gateway: a person's own vouchers (or any person's, for an admin). */
@Controller('tenants/:tenant/people/:userId/vouchers')
export class VouchersController {
  constructor(private readonly db: DataSource) {}

  /**
   * The person's vouchers newest first, each with its state and its code as a QR code to show
   * at the counter; 403 `own-vouchers-only` for someone else's.
   */
  @Get()
  @ApiOkResponse({ type: VoucherListDto })
  async list(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('userId', USER) userId: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<VoucherListDto> {
    if (callerOf(actor, tenant).kind !== 'admin' && actor?.userId !== userId) {
      throw new DomainError('forbidden', 'own-vouchers-only', 'a person reads their own vouchers');
    }
    const now = new Date();
    const vouchers = (await vouchersOf(this.db.manager, tenant, userId)).map((v) =>
      voucherAnswer(v, now),
    );
    return {
      vouchers: await Promise.all(
        vouchers.map(async (v) => ({ ...v, qrSvg: await voucherQrSvg(v.code) })),
      ),
    };
  }
}
