import { Module } from '@nestjs/common';
import { ShareCodes } from './share-codes';
import { ShareCodesController } from './share-codes.controller';

@Module({
  controllers: [ShareCodesController],
  providers: [ShareCodes],
})
export class ShareCodesModule {}
