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
        `${setting} must be a ${kind} key on the P-256 curve as PEM (${kind === 'private' ? 'openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256' : 'openssl pkey -pubout'})`,
    },
  });
  return (target, property) => {
    transform(target, property);
    validate(target, property);
  };
}

function isP256Key(pem: unknown, kind: 'private' | 'public'): boolean {
  if (typeof pem !== 'string' || !pem.includes('-----BEGIN')) return false;
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
