import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ExpiryPolicyController } from './expiry-policy.controller';
import { PointsExpiry } from './points-expiry';

@Module({
  imports: [AccountsModule],
  controllers: [ExpiryPolicyController],
  providers: [PointsExpiry],
})
export class ExpiryModule {}
