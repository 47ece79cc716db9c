import { Module } from '@nestjs/common';
import { Profiles } from './profile';
import { ProfileController } from './profile.controller';

@Module({
  controllers: [ProfileController],
  providers: [Profiles],
})
export class ProfileModule {}
