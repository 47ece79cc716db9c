import { serviceImports } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { CausesModule } from './causes/causes.module';
import { CounterModule } from './counter/counter.module';
import { PartnersAndOffers1797000000001 } from './migrations/1797000000001-partners-and-offers';
import { Causes1797000000002 } from './migrations/1797000000002-causes';
import { Redemptions1797000000003 } from './migrations/1797000000003-redemptions';
import { VoucherUse1797000000004 } from './migrations/1797000000004-voucher-use';
import { VoucherCancellation1797000000005 } from './migrations/1797000000005-voucher-cancellation';
import { OffersModule } from './offers/offers.module';
import { PartnersModule } from './partners/partners.module';
import { RedemptionsModule } from './redemptions/redemptions.module';
import { StatisticsModule } from './statistics/statistics.module';
import { RewardsConfig } from './rewards-config';

@Module({})
export class AppModule {
  /**
   * Rewards (issue 14): what points buy and where they are given: partners, their offers and
   * vouchers, and the tenant's charitable causes.
   */
  static forRoot(config: RewardsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('rewards', config, [
          PartnersAndOffers1797000000001,
          Causes1797000000002,
          Redemptions1797000000003,
          VoucherUse1797000000004,
          VoucherCancellation1797000000005,
        ]),
        CausesModule,
        PartnersModule,
        OffersModule,
        RedemptionsModule.forRoot(config),
        CounterModule,
        StatisticsModule,
      ],
    };
  }
}
