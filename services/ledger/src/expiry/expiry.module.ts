import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ExpiryPolicyController } from './expiry-policy.controller';
import { PointsExpiry } from './points-expiry';
import { TenantSettingsChangedConsumer } from './tenant-settings-changed.consumer';

@Module({
  imports: [AccountsModule],
  controllers: [ExpiryPolicyController],
  providers: [PointsExpiry, TenantSettingsChangedConsumer],
})
export class ExpiryModule {}
