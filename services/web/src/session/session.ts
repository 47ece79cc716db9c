import { createPublicApiClient, type PublicApiClient } from '@citypoints/public-api';

/** A signed-in person on this device: their tokens for one town (tenant). */
export interface Session {
  tenant: string;
  userId: string;
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, ms since the epoch. */
  expiresAt: number;
}

/** The session tokens the gateway answers a sign-in or refresh with. */
export interface SessionTokens {
  userId: string;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

const key = (tenant: string) => `citypoints.session.${tenant}`;
// Refreshed this long before it expires, so that a request never leaves with a stale token.
const EARLY_MS = 30_000;

/** The session kept on this device for `tenant`, or undefined. */
export function loadSession(tenant: string): Session | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(key(tenant)) ?? 'null') as Session | null;
    return stored?.tenant === tenant ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the tokens of a sign-in or refresh for `tenant`; answers the session. */
export function saveSession(tenant: string, tokens: SessionTokens): Session {
  const session: Session = {
    tenant,
    userId: tokens.userId,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: Date.now() + tokens.expiresIn * 1000,
  };
  localStorage.setItem(key(tenant), JSON.stringify(session));
  return session;
}

/** Forgets the session of `tenant` on this device. */
export function forgetSession(tenant: string): void {
  localStorage.removeItem(key(tenant));
}

const refreshing = new Map<string, Promise<Session | undefined>>();

/**
 * The access token of `tenant`'s session, refreshed first when it expires within EARLY_MS
 * (one refresh at a time); undefined when signed out or when the refresh is refused (the
 * session is then forgotten). A network failure keeps the session and answers the old token.
 */
export async function accessToken(tenant: string): Promise<string | undefined> {
  const session = loadSession(tenant);
  if (!session) return undefined;
  if (session.expiresAt - EARLY_MS > Date.now()) return session.accessToken;
  let pending = refreshing.get(tenant);
  if (!pending) {
    pending = refresh(session).finally(() => refreshing.delete(tenant));
    refreshing.set(tenant, pending);
  }
  return (await pending)?.accessToken;
}

async function refresh(session: Session): Promise<Session | undefined> {
  let answer: Response;
  try {
    answer = await fetch(`/api/v1/tenants/${session.tenant}/sessions/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
  } catch {
    return session;
  }
  if (!answer.ok) {
    forgetSession(session.tenant);
    return undefined;
  }
  return saveSession(session.tenant, (await answer.json()) as SessionTokens);
}

/** The public API as `tenant`'s signed-in person (or as nobody), at this page's origin. */
export function apiOf(tenant: string): PublicApiClient {
  return createPublicApiClient(window.location.origin, { accessToken: () => accessToken(tenant) });
}

/**
 * Signs `email` in to `tenant` (POST /tenants/{tenant}/sessions) and keeps the session on this
 * device when the public API grants it; answers the API's answer either way.
 */
export async function startSession(tenant: string, email: string, password: string) {
  const answer = await apiOf(tenant).POST('/api/v1/tenants/{tenant}/sessions', {
    params: { path: { tenant } },
    body: { email, password },
  });
  if (answer.data) saveSession(tenant, answer.data);
  return answer;
}
