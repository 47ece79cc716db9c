import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { createPrivateKey, createPublicKey } from 'node:crypto';

/**
 * A setting holding a P-256 key as PEM (PKCS8 for private, SPKI for public keys), for ES256.
 * Environments that cannot hold line breaks may write them as `\n`. The message names the
 * setting and says how to make a key.
 */
export function P256KeySetting(kind: 'private' | 'public', setting: string): PropertyDecorator {
  const transform = Transform(({ value }) =>
    typeof value === 'string' ? value.replaceAll('\\n', '\n') : value,
  );
  const validate = ValidateBy({
    name: 'isP256Key',
    validator: {
      validate: (value) => isP256Key(value, kind),
      defaultMessage: () =>
        kind === 'private'
          ? `${setting} must be a PKCS8 PEM private key on the P-256 curve (for ES256)`
          : `${setting} must be a public key on the P-256 curve, as SPKI PEM (for ES256)`,
    },
  });
  return (target, property) => {
    transform(target, property);
    validate(target, property);
  };
}

const PEM_LABEL = { private: '-----BEGIN PRIVATE KEY-----', public: '-----BEGIN PUBLIC KEY-----' };

function isP256Key(pem: unknown, kind: 'private' | 'public'): boolean {
  if (typeof pem !== 'string' || !pem.includes(PEM_LABEL[kind])) return false;
  try {
    const key = kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
    return (
      key.type === kind &&
      key.asymmetricKeyType === 'ec' &&
      key.asymmetricKeyDetails?.namedCurve === 'prime256v1'
    );
  } catch {
    return false;
  }
}
