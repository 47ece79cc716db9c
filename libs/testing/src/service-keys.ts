import { generateKeyPairSync } from 'node:crypto';

/**
 * The gateway's service-token key pair for a test run, made once by the global setup and
 * passed to every test worker and service process through the environment
 * (SERVICE_TOKEN_PRIVATE_KEY for gateways and test clients, SERVICE_TOKEN_PUBLIC_KEY for
 * services). Kept when the environment already names one.
 */
export function provideServiceKeys(): void {
  if (process.env.SERVICE_TOKEN_PRIVATE_KEY && process.env.SERVICE_TOKEN_PUBLIC_KEY) return;
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  process.env.SERVICE_TOKEN_PRIVATE_KEY = privateKey
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();
  process.env.SERVICE_TOKEN_PUBLIC_KEY = publicKey
    .export({ type: 'spki', format: 'pem' })
    .toString();
}

/** This run's keys; throws when the global setup did not provide them. */
export function serviceKeys(): { privateKey: string; publicKey: string } {
  const { SERVICE_TOKEN_PRIVATE_KEY: privateKey, SERVICE_TOKEN_PUBLIC_KEY: publicKey } =
    process.env;
  if (!privateKey || !publicKey) {
    throw new Error('SERVICE_TOKEN_*_KEY are not set: run tests through their jest.config.js');
  }
  return { privateKey, publicKey };
}
