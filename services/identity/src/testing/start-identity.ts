import { startTestApp, TestApp } from '@citypoints/testing';
import { AppModule } from '../app.module';
import { es256PrivateKeyPem } from './es256-key';

/** Identity in the test process, on a database of its own, signing with a fresh key. */
export async function startIdentity(): Promise<TestApp> {
  const pem = await es256PrivateKeyPem();
  return startTestApp('identity', (config) =>
    AppModule.forRoot(Object.assign(config, { JWT_PRIVATE_KEY: pem })),
  );
}
