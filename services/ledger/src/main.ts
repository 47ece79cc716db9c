import '@citypoints/platform/tracing';
import 'reflect-metadata';
import { runService, ServiceConfig } from '@citypoints/platform';
import { AppModule } from './app.module';

void runService({ name: 'ledger', configClass: ServiceConfig, appModule: AppModule.forRoot });
