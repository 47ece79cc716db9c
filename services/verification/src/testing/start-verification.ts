import { startTestApp, TestApp } from '@citypoints/platform/testing';
import { AppModule } from '../app.module';

/**
 * Verification in the test process, on a database of its own, checking activity codes with
 * `codeKey` and personal codes with the keys identity (or a stand-in) serves at `identityUrl`.
 */
export function startVerification(
  codeKey: Buffer,
  identityUrl = 'http://127.0.0.1:9',
  settings: Record<string, string> = {},
): Promise<TestApp> {
  return startTestApp(
    'verification',
    (config) =>
      AppModule.forRoot(
        Object.assign(config, {
          ACTIVITY_CODE_KEY: codeKey.toString('base64'),
          IDENTITY_URL: identityUrl,
        }),
      ),
    settings,
  );
}
