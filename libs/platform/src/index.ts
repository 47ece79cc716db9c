export { createServiceApp } from './create-service-app';
export { ConfigError, loadConfig } from './load-config';
export { runService, ServiceDefinition } from './run-service';
export { ServiceConfig } from './service-config';
export { serviceImports } from './service-imports';
export { TenantIdPipe } from './tenant-id.pipe';
