import { EventStoreTables1764115200000 } from '@citypoints/event-store';
import { serviceImports, ServiceConfig } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { AccountBalances1764115200001 } from './migrations/1764115200001-account-balances';
import { AccountHistory1764115200002 } from './migrations/1764115200002-account-history';
import { LedgerAccounts1764115200003 } from './migrations/1764115200003-ledger-accounts';
import { RedemptionsModule } from './redemptions/redemptions.module';
import { BonusesModule } from './bonuses/bonuses.module';
import { ExpiryModule } from './expiry/expiry.module';

@Module({})
export class AppModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('ledger', config, [
          EventStoreTables1764115200000,
          AccountBalances1764115200001,
          AccountHistory1764115200002,
          LedgerAccounts1764115200003,
        ]),
        AccountsModule,
        RedemptionsModule,
        BonusesModule,
        ExpiryModule,
      ],
    };
  }
}
