import { useEffect, useRef } from 'react';
import { apiOf } from './session';

/** An event of the person's live stream (GET /me/events): its type and the event's data. */
export interface LiveEvent {
  type: string;
  time: string;
  balance?: number;
  points?: number;
  [field: string]: unknown;
}

// The events the gateway streams to a person (services/gateway/src/events/accounts-of.ts).
const TYPES = [
  'PointsEarned',
  'PointsSpent',
  'DebitRejected',
  'BonusAwarded',
  'PointsExpired',
  'PointsAdjusted',
  'PointsForfeited',
  'PointsRefunded',
  'PointsTransferred',
  'VoucherIssued',
  'RedemptionFailed',
  'VoucherCancelled',
] as const;
// How long to wait before opening the stream again after it ended or failed, ms.
const REOPEN_MS = 3_000;

/**
 * Calls `onEvent` with each event of the signed-in person's live stream while the component is
 * shown: a single-use ticket (POST /me/event-tickets) opens an EventSource on /me/events,
 * which is opened again with a new ticket when the gateway ends it or the connection drops.
 */
export function useLiveEvents(tenant: string, onEvent: (event: LiveEvent) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const reopen = () => {
      source?.close();
      if (!stopped) timer = setTimeout(open, REOPEN_MS);
    };
    const open = async () => {
      try {
        const { data } = await apiOf(tenant).POST('/api/v1/me/event-tickets');
        if (stopped) return;
        if (!data) return reopen();
        source = new EventSource(`/api/v1/me/events?ticket=${encodeURIComponent(data.ticket)}`);
        for (const type of TYPES) {
          source.addEventListener(type, (message) => {
            handler.current(JSON.parse((message as MessageEvent<string>).data) as LiveEvent);
          });
        }
        source.addEventListener('StreamEnded', reopen);
        source.onerror = reopen;
      } catch {
        reopen();
      }
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [tenant]);
}
