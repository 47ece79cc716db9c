import { EventStoreTables1764115200000 } from '@citypoints/event-store';
import { serviceImports, ServiceConfig } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { BonusesModule } from './bonuses/bonuses.module';
import { EarningsModule } from './earnings/earnings.module';
import { ErasureModule } from './erasure/erasure.module';
import { ExpiryModule } from './expiry/expiry.module';
import { AccountBalances1764115200001 } from './migrations/1764115200001-account-balances';
import { AccountHistory1764115200002 } from './migrations/1764115200002-account-history';
import { LedgerAccounts1764115200003 } from './migrations/1764115200003-ledger-accounts';
import { LedgerCommands1764115200004 } from './migrations/1764115200004-ledger-commands';
import { AdjustmentNotes1764115200005 } from './migrations/1764115200005-adjustment-notes';
import { StaffAccounts1764115200006 } from './migrations/1764115200006-staff-accounts';
import { ExpiryTimeZones1764115200007 } from './migrations/1764115200007-expiry-time-zones';
import { RedemptionsModule } from './redemptions/redemptions.module';

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
          LedgerCommands1764115200004,
          AdjustmentNotes1764115200005,
          StaffAccounts1764115200006,
          ExpiryTimeZones1764115200007,
        ]),
        AccountsModule,
        EarningsModule,
        RedemptionsModule,
        BonusesModule,
        ExpiryModule,
        ErasureModule,
      ],
    };
  }
}
