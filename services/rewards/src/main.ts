import '@citypoints/platform/tracing';
import 'reflect-metadata';
import { runService } from '@citypoints/platform';
import { AppModule } from './app.module';
import { RewardsConfig } from './rewards-config';

void runService({
  name: 'rewards',
  configClass: RewardsConfig,
  appModule: AppModule.forRoot,
});
