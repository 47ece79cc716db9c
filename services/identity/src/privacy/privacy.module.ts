import { Module } from '@nestjs/common';
import { PersonalCardsModule } from '../personal-cards/personal-cards.module';
import { SessionsModule } from '../sessions/sessions.module';
import { Privacy } from './privacy';
import { PrivacyController } from './privacy.controller';
import { PublicNames } from './public-names';
import { PublicNamesController } from './public-names.controller';

@Module({
  imports: [SessionsModule, PersonalCardsModule],
  controllers: [PrivacyController, PublicNamesController],
  providers: [Privacy, PublicNames],
  exports: [Privacy],
})
export class PrivacyModule {}
