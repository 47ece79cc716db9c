export { createTestDatabase, TestDatabase } from './create-test-database';
export { createTopics } from './create-topics';
export {
  connectionFromEnvironment,
  provideTestInfrastructure,
  TestInfrastructure,
} from './provide-test-infrastructure';
export { testConnection } from './test-connection';
export { uniqueName } from './unique-name';
export { waitFor } from './wait-for';
export {
  ServiceProcess,
  ServiceProcessOptions,
  startServiceProcess,
} from './start-service-process';
export { TopicReader } from './topic-reader';
export { produceEvents } from './produce-events';
export { runServiceUntilExit } from './run-service-until-exit';
export { provideServiceKeys, serviceKeys } from './service-keys';
