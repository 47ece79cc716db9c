import { Algorithm, hash, verify } from '@node-rs/argon2';

// Algorithm is a const enum that single-file transpilers cannot inline: the value of Argon2id.
const ARGON2ID: Algorithm.Argon2id = 2;

// Verified against when the email is unknown, so that a wrong email takes as long to refuse
// as a wrong password and the timing does not tell which addresses are registered.
const UNKNOWN_PERSON = hash('no person has this password', { algorithm: ARGON2ID });

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function passwordMatches(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  const matches = await verify(passwordHash ?? (await UNKNOWN_PERSON), password);
  return matches && Boolean(passwordHash);
}
