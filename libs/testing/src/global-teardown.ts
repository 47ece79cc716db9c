import type { TestInfrastructure } from './provide-test-infrastructure';

export default async function globalTeardown(): Promise<void> {
  const infrastructure = (globalThis as { citypointsTestInfrastructure?: TestInfrastructure })
    .citypointsTestInfrastructure;
  await infrastructure?.stop();
}
