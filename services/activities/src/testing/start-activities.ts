import { startTestApp, TestApp } from '@citypoints/platform/testing';
import { AppModule } from '../app.module';

/** Activities in the test process, on a database of its own, signing codes with `codeKey`. */
export function startActivities(codeKey: Buffer): Promise<TestApp> {
  return startTestApp('activities', (config) =>
    AppModule.forRoot(Object.assign(config, { ACTIVITY_CODE_KEY: codeKey.toString('base64') })),
  );
}
