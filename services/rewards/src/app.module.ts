import { serviceImports } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { CausesModule } from './causes/causes.module';
import { PartnersAndOffers1797000000001 } from './migrations/1797000000001-partners-and-offers';
import { Causes1797000000002 } from './migrations/1797000000002-causes';
import { OffersModule } from './offers/offers.module';
import { PartnersModule } from './partners/partners.module';
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
        ...serviceImports('rewards', config, [PartnersAndOffers1797000000001, Causes1797000000002]),
        CausesModule,
        PartnersModule,
        OffersModule,
      ],
    };
  }
}
