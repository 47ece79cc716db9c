import { Module } from '@nestjs/common';
import { ParticipationVerifiedConsumer } from './participation-verified.consumer';
import { PointsController } from './points.controller';
import { PointsCredits } from './points-credits';

@Module({
  controllers: [PointsController],
  providers: [PointsCredits, ParticipationVerifiedConsumer],
})
export class PointsModule {}
