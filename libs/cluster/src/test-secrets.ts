import { serviceKeys } from '@citypoints/testing';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ClusterSecrets } from './services';

/**
 * The keys of a cluster under test: this run's service-token key pair (so that the tests'
 * service tokens are accepted), a fresh P-256 signing key for identity, as PEM, and a fresh
 * activity-code key.
 * Throws when the run's global setup did not provide the service-token keys.
 */
export function testSecrets(): Required<ClusterSecrets> {
  const { privateKey, publicKey } = serviceKeys();
  const identity = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    SERVICE_TOKEN_PRIVATE_KEY: privateKey,
    SERVICE_TOKEN_PUBLIC_KEY: publicKey,
    JWT_PRIVATE_KEY: identity.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ACTIVITY_CODE_KEY: randomBytes(32).toString('base64'),
  };
}
