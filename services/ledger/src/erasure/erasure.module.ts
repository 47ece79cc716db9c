import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { Forfeiture } from './forfeiture';
import { UserErasedHandler } from './user-erased.handler';

@Module({
  imports: [CoreModule],
  controllers: [UserErasedHandler],
  providers: [Forfeiture],
})
export class ErasureModule {}
