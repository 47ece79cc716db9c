import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { ExpiryPolicyController } from './expiry-policy.controller';
import { ExpiryStore } from './expiry.store';
import { PointsExpiry } from './points-expiry';
import { TenantSettingsChangedConsumer } from './tenant-settings-changed.consumer';

@Module({
  imports: [CoreModule],
  controllers: [ExpiryPolicyController],
  providers: [PointsExpiry, ExpiryStore, TenantSettingsChangedConsumer],
})
export class ExpiryModule {}
