import { Module } from '@nestjs/common';
import { Partners } from './partners';
import { PartnersController } from './partners.controller';

/** A tenant's partners and their staff; exports Partners for the offers' Caller. */
@Module({
  controllers: [PartnersController],
  providers: [Partners],
  exports: [Partners],
})
export class PartnersModule {}
