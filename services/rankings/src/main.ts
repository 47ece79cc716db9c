import '@citypoints/platform/tracing';
import 'reflect-metadata';
import { runService } from '@citypoints/platform';
import { AppModule } from './app.module';
import { RankingsConfig } from './rankings-config';

void runService({
  name: 'rankings',
  configClass: RankingsConfig,
  appModule: AppModule.forRoot,
});
