export { ClusterSecrets, ServiceName, SERVICES } from './services';
export { serviceEnvironment } from './service-environment';
export { Cluster, ClusterOptions, RunningService, startServices } from './start-services';
export { startTestServices } from './start-test-services';
export { testSecrets } from './test-secrets';
export { developmentDatabases } from './development-databases';
export { memoryInUse, MemoryInUse } from './memory-in-use';
