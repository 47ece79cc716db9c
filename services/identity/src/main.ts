import '@citypoints/platform/tracing';
import 'reflect-metadata';
import { runService } from '@citypoints/platform';
import { AppModule } from './app.module';
import { IdentityConfig } from './identity-config';

void runService({ name: 'identity', configClass: IdentityConfig, appModule: AppModule.forRoot });
