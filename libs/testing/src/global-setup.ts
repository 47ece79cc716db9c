import { provideServiceKeys } from './service-keys';
import { provideTestInfrastructure, TestInfrastructure } from './provide-test-infrastructure';

declare global {
  var citypointsTestInfrastructure: TestInfrastructure | undefined;
}

/** Jest global setup: test workers inherit the connection settings through the environment. */
export default async function globalSetup(): Promise<void> {
  const infrastructure = await provideTestInfrastructure();
  Object.assign(process.env, infrastructure.connection);
  provideServiceKeys();
  globalThis.citypointsTestInfrastructure = infrastructure;
}
