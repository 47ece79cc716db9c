import { Module } from '@nestjs/common';
import { Privacy } from './privacy';
import { PrivacyController } from './privacy.controller';

@Module({ controllers: [PrivacyController], providers: [Privacy] })
export class PrivacyModule {}
