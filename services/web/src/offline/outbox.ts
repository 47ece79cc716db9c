import { createStore, del, entries, set } from 'idb-keyval';
import type { components } from '@citypoints/public-api';
import { apiOf } from '../session/session';

/** A check-in's body as the public API takes it. */
export type CheckInBody = components['schemas']['CheckInDto'];

/** How a check-in the phone kept ended, once sent. */
export interface CheckInOutcome {
  state: 'verified' | 'pending-review' | 'rejected';
  points?: number;
  /** The rejection reason's stable code (or another refusal's), when rejected. */
  code?: string;
}

/**
 * A check-in kept on the phone (IndexedDB) until the public API answers it: made with no
 * connection, its scan time and position those of the moment it was made. `key` is its
 * Idempotency-Key, so that sending it twice checks in once.
 */
export interface KeptCheckIn {
  key: string;
  tenant: string;
  userId: string;
  body: CheckInBody;
  savedAt: string;
  /** Set when the public API answered it. */
  sentAt?: string;
  outcome?: CheckInOutcome;
}

const store = () => createStore('citypoints-outbox', 'check-ins');
/** The event the window hears when the kept check-ins change. */
export const OUTBOX_CHANGED = 'citypoints-outbox-changed';
// Answered check-ins stay listed this long, so that the person sees how they ended.
const SHOWN_MS = 24 * 3_600_000;

/** Keeps `checkIn` until it is sent (sendKept). */
export async function keep(checkIn: KeptCheckIn): Promise<void> {
  await set(checkIn.key, checkIn, store());
  window.dispatchEvent(new Event(OUTBOX_CHANGED));
}

/** The person's kept check-ins of `tenant`, oldest first: waiting ones and those answered lately. */
export async function keptCheckIns(tenant: string, userId: string): Promise<KeptCheckIn[]> {
  const now = Date.now();
  const all = (await entries<string, KeptCheckIn>(store())).map(([, value]) => value);
  for (const old of all.filter((c) => c.sentAt && now - Date.parse(c.sentAt) > SHOWN_MS)) {
    await del(old.key, store());
  }
  return all
    .filter((c) => c.tenant === tenant && c.userId === userId)
    .filter((c) => !c.sentAt || now - Date.parse(c.sentAt) <= SHOWN_MS)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

let sending: Promise<void> | undefined;

/**
 * Sends the person's waiting check-ins of `tenant`, oldest first, each under its own
 * Idempotency-Key: an answer of the public API (verified, waiting for review, or refused with
 * its reason) is kept as the outcome; no connection, an unavailable server (5xx, 429) or a
 * session that needs signing in again leaves it waiting for the next try. One run at a time.
 */
export function sendKept(tenant: string, userId: string): Promise<void> {
  sending ??= sendAll(tenant, userId).finally(() => (sending = undefined));
  return sending;
}

async function sendAll(tenant: string, userId: string): Promise<void> {
  const waiting = (await keptCheckIns(tenant, userId)).filter((c) => !c.sentAt);
  for (const checkIn of waiting) {
    let outcome: CheckInOutcome | undefined;
    try {
      outcome = await send(checkIn);
    } catch {
      return;
    }
    if (!outcome) return;
    await keep({ ...checkIn, sentAt: new Date().toISOString(), outcome });
  }
}

// The outcome the public API gave, or undefined when it should be tried again later.
async function send({ tenant, key, body }: KeptCheckIn): Promise<CheckInOutcome | undefined> {
  const { data, error, response } = await apiOf(tenant).POST('/api/v1/check-ins', {
    body,
    headers: { 'idempotency-key': key },
  });
  if (data) {
    return { state: data.state, points: data.points, ...(data.reason && { code: data.reason }) };
  }
  if (response.status >= 500 || response.status === 429 || response.status === 401) {
    return undefined;
  }
  return { state: 'rejected', code: (error as { code?: string }).code ?? 'other' };
}
