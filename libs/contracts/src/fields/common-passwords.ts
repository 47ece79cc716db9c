import type * as LanguageCommon from '@zxcvbn-ts/language-common';

let commonPasswords: ReadonlySet<string> | undefined;

// zxcvbn-ts's list of the ~49,000 passwords seen most often in breach corpora, in lower case.
// A case variant of one of them ("Password123") is guessed just as early, so it counts too.
// Read on first use: loading it takes ~150 ms and ~8 MB, which only the services that take
// new passwords should pay, not everything that imports contracts.
function loadCommonPasswords(): ReadonlySet<string> {
  const { dictionary } = require('@zxcvbn-ts/language-common') as typeof LanguageCommon;
  return new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));
}

/**
 * Whether the password is one that attackers try first: on a list of commonly used or breached
 * passwords, whatever its capitals. NIST SP 800-63B §5.1.1.2 requires refusing these. The list
 * is @zxcvbn-ts/language-common's `passwords-common`.
 */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  return commonPasswords.has(password.toLowerCase());
}
