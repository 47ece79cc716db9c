import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { Forfeiture } from './forfeiture';
import { UserErasedConsumer } from './user-erased.consumer';

@Module({
  imports: [CoreModule],
  providers: [Forfeiture, UserErasedConsumer],
})
export class ErasureModule {}
