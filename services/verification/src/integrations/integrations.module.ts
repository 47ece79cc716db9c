import { Module } from '@nestjs/common';
import { ParticipationReportedHandler } from './participation-reported.handler';

/** The intake of participations that municipality systems report over Kafka. */
@Module({ controllers: [ParticipationReportedHandler] })
export class IntegrationsModule {}
