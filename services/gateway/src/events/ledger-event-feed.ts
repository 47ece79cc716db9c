import { CloudEvent } from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { accountsOf } from './accounts-of';

type Listener = (event: CloudEvent) => void;

/**
 * The consumer group of the live view (LedgerEventsHandler): each replica reads the ledger's
 * and rewards' whole topics in a group of its own, from the latest offset.
 */
export const LIVE_LEDGER_EVENTS = 'gateway-events';

/**
 * The ledger's events, and rewards' outcomes of redemptions, for the people connected to this
 * replica: a live view, not a history, which /me/history and GET /redemptions/{redemption} give.
 */
@Injectable()
export class LedgerEventFeed {
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly messaging: Messaging) {}

  /** True once the live view's consumer has joined its group, false again if it crashes. */
  get ready(): boolean {
    return this.messaging.handlers.joined(LIVE_LEDGER_EVENTS);
  }

  /** Calls `listener` with each event of the person's account; returns the unsubscribe. */
  subscribe(tenant: string, userId: string, listener: Listener): () => void {
    const key = `${tenant}/${userId}`;
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  /** Hands `event` to the listeners of every account whose balance it changed. */
  deliver(event: CloudEvent): void {
    for (const account of accountsOf(event)) {
      for (const listener of this.listeners.get(`${event.tenantid}/${account}`) ?? []) {
        listener(event);
      }
    }
  }
}
