import '@citypoints/platform/tracing';
import 'reflect-metadata';
import { runService } from '@citypoints/platform';
import { AppModule } from './app.module';
import { VerificationConfig } from './verification-config';

void runService({
  name: 'verification',
  configClass: VerificationConfig,
  appModule: AppModule.forRoot,
});
