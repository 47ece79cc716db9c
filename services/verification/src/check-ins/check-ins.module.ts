import { Module } from '@nestjs/common';
import { CheckIns } from './check-ins';
import { CheckInsController } from './check-ins.controller';

@Module({
  controllers: [CheckInsController],
  providers: [CheckIns],
})
export class CheckInsModule {}
