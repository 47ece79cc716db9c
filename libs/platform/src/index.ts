export { createServiceApp } from './create-service-app';
export { databaseModule } from './database.module';
export { ConfigError, loadConfig } from './load-config';
export { PlatformModule, PlatformOptions } from './platform.module';
export { runService, ServiceDefinition } from './run-service';
export { ServiceConfig } from './service-config';
export { waitForDependencies } from './wait-for-dependencies';
