import { exportPKCS8, generateKeyPair } from 'jose';

/** A fresh signing key as JWT_PRIVATE_KEY holds it. */
export async function es256PrivateKeyPem(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return exportPKCS8(privateKey);
}
