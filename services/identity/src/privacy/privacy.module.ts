import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { Privacy } from './privacy';
import { PrivacyController } from './privacy.controller';

@Module({ imports: [SessionsModule], controllers: [PrivacyController], providers: [Privacy] })
export class PrivacyModule {}
