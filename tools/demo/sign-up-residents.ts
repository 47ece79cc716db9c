import { callerAt } from './caller';
import { check, DemoAccount, DemoApi, DemoSystem, signIn } from './demo-system';
import { inParallel } from './in-parallel';
import { pick, seeded } from './random';
import { DemoTown } from './town';

/** A signed-in resident of the demo. */
export interface Resident {
  index: number;
  userId: string;
  account: DemoAccount;
  api: DemoApi;
}

/** The town's `count` residents: its known ones first, then made up from its names. */
export function residentAccounts(town: DemoTown, count: number): DemoAccount[] {
  const random = seeded(`${town.slug}:names`);
  const made = Array.from({ length: count - town.knownResidents.length }, (_, i) => {
    const first = pick(random, town.firstNames);
    const last = pick(random, town.lastNames);
    const local = `${first}.${last}.${i + 1}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    return {
      email: `${local}@${town.mailDomain}`,
      password: town.residentPassword,
      displayName: `${first} ${last}`,
    };
  });
  return [...town.knownResidents, ...made];
}

/**
 * Signs the residents up and in through the gateway, `width` at once (identity hashes each
 * password with argon2), each from a client address of its own (`127.<block>.x.y`), and
 * gives most of them a consent to be named on the boards (a few a nickname, some none).
 * When the first of them exists already, the demo is there: it signs in no more and answers
 * `fresh: false`.
 */
export async function signUpResidents(
  town: DemoTown,
  system: DemoSystem,
  accounts: DemoAccount[],
  block: number,
  width: number,
): Promise<{ residents: Resident[]; fresh: boolean }> {
  const signUp = async (account: DemoAccount, index: number) => {
    const caller = callerAt(
      system.gateway,
      `127.${block}.${Math.floor(index / 250)}.${(index % 250) + 1}`,
    );
    const answer = await caller(`/api/v1/tenants/${town.slug}/sign-up`, {
      body: { ...account, locale: index % 4 === 3 ? 'en' : town.defaultLocale },
    });
    check(answer, [201, 409], `sign-up of ${account.email}`);
    const { api, userId } = await signIn(town.slug, system, account, caller);
    if (answer.status === 201) await consent(api, account, index);
    return { index, userId, account, api, fresh: answer.status === 201 };
  };
  const first = await signUp(accounts[0], 0);
  if (!first.fresh) return { residents: [first], fresh: false };
  const others = await inParallel(accounts.slice(1), width, (account, i) => signUp(account, i + 1));
  return { residents: [first, ...others], fresh: true };
}

async function consent(api: DemoApi, account: DemoAccount, index: number): Promise<void> {
  if (index % 7 === 6) return; // hidden, the default
  const body =
    index % 7 === 5
      ? { visibility: 'nickname', nickname: `${account.displayName.split(' ')[0]}${index}` }
      : { visibility: 'public' };
  check(await api('/me/consent', body, 'PUT'), [200, 204], 'consent');
}
