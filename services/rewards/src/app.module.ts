import { serviceImports } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
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
      imports: [...serviceImports('rewards', config, [])],
    };
  }
}
