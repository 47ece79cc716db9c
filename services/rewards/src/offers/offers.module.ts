import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { Offers } from './offers';
import { OffersController } from './offers.controller';

/** The partners' offers and the residents' catalogue of them. */
@Module({
  imports: [PartnersModule],
  controllers: [OffersController],
  providers: [Offers],
})
export class OffersModule {}
