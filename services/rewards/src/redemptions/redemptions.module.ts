import { DynamicModule, Module } from '@nestjs/common';
import { RewardsConfig } from '../rewards-config';
import { VouchersController } from '../vouchers/vouchers.controller';
import { LedgerAnswersHandler } from './ledger-answers.handler';
import { RedemptionSettlement } from './redemption-settlement';
import { RedemptionTimeouts } from './redemption-timeouts';
import { Redemptions } from './redemptions';
import { RedemptionsController } from './redemptions.controller';

/**
 * The redemption saga (issue 14): requests that reserve stock and ask the ledger, the ledger's
 * answers that issue vouchers or release the stock, the timeout resolver, and the vouchers'
 * reads.
 */
@Module({})
export class RedemptionsModule {
  static forRoot(config: RewardsConfig): DynamicModule {
    return {
      module: RedemptionsModule,
      controllers: [RedemptionsController, VouchersController, LedgerAnswersHandler],
      providers: [
        { provide: RewardsConfig, useValue: config },
        Redemptions,
        RedemptionSettlement,
        RedemptionTimeouts,
      ],
    };
  }
}
