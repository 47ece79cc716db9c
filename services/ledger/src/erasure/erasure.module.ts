import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { Forfeiture } from './forfeiture';
import { UserErasedConsumer } from './user-erased.consumer';

@Module({
  imports: [AccountsModule],
  providers: [Forfeiture, UserErasedConsumer],
})
export class ErasureModule {}
