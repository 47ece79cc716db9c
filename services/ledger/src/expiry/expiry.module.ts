import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { ExpiryPolicyController } from './expiry-policy.controller';
import { ExpiryStore } from './expiry.store';
import { PointsExpiry } from './points-expiry';
import { TenantSettingsChangedHandler } from './tenant-settings-changed.handler';

@Module({
  imports: [CoreModule],
  controllers: [ExpiryPolicyController, TenantSettingsChangedHandler],
  providers: [PointsExpiry, ExpiryStore],
})
export class ExpiryModule {}
