import { startTestApp, TestApp } from '@citypoints/platform/testing';
import { AppModule } from '../app.module';
import { es256PrivateKeyPem } from './es256-key';

/**
 * Identity in the test process, on a database of its own, signing with a fresh key; `settings`
 * adds to its environment (e.g. `{ DEVELOPMENT_ROUTES: 'true' }` for the mail outbox).
 */
export async function startIdentity(settings: Record<string, string> = {}): Promise<TestApp> {
  const pem = await es256PrivateKeyPem();
  return startTestApp(
    'identity',
    (config) =>
      AppModule.forRoot(
        Object.assign(config, { JWT_PRIVATE_KEY: pem, WEB_APP_URL: 'https://app.example' }),
      ),
    settings,
  );
}
