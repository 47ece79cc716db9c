import { provideServiceKeys } from './service-keys';
import { provideTestInfrastructure, TestInfrastructure } from './provide-test-infrastructure';

declare global {
  var citypointsTestInfrastructure: TestInfrastructure | undefined;
}

/**
 * Jest global setup: test workers inherit the connection settings through the environment.
 * Each tier that needs servers runs it; the first provides them and the others reuse them.
 */
export default async function globalSetup(): Promise<void> {
  if (globalThis.citypointsTestInfrastructure) return;
  const infrastructure = await provideTestInfrastructure();
  Object.assign(process.env, infrastructure.connection);
  provideServiceKeys();
  globalThis.citypointsTestInfrastructure = infrastructure;
}
