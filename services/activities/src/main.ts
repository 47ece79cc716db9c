import '@citypoints/platform/tracing';
import 'reflect-metadata';
import { runService } from '@citypoints/platform';
import { ActivitiesConfig } from './activities-config';
import { AppModule } from './app.module';

void runService({
  name: 'activities',
  configClass: ActivitiesConfig,
  appModule: AppModule.forRoot,
});
