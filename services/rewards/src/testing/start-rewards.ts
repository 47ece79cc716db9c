import { startTestApp, TestApp } from '@citypoints/platform/testing';
import { AppModule } from '../app.module';

/** Rewards in the test process, on a database and topics of its own. */
export function startRewards(): Promise<TestApp> {
  return startTestApp('rewards', (config) => AppModule.forRoot(config));
}
