import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSession } from '../session/session';
import { useFormat } from '../ui/format';
import { isRejectionReason } from '../pages/reasons';
import { keptCheckIns, OUTBOX_CHANGED, sendKept, type KeptCheckIn } from './outbox';

// How often waiting check-ins are tried again while the page is open, ms.
const RETRY_MS = 15_000;

/**
 * The person's check-ins kept on this phone (keptCheckIns), kept current; while the page is
 * open it sends the waiting ones (sendKept) at once, when the connection comes back, and every
 * RETRY_MS.
 */
export function useKeptCheckIns(tenant: string): KeptCheckIn[] {
  const userId = loadSession(tenant)?.userId ?? '';
  const [kept, setKept] = useState<KeptCheckIn[]>([]);
  useEffect(() => {
    let current = true;
    const refresh = () => void keptCheckIns(tenant, userId).then((k) => current && setKept(k));
    const send = () => void sendKept(tenant, userId).then(refresh, refresh);
    refresh();
    send();
    window.addEventListener(OUTBOX_CHANGED, refresh);
    window.addEventListener('online', send);
    const timer = setInterval(send, RETRY_MS);
    return () => {
      current = false;
      window.removeEventListener(OUTBOX_CHANGED, refresh);
      window.removeEventListener('online', send);
      clearInterval(timer);
    };
  }, [tenant, userId]);
  return kept;
}

/** The kept check-ins: each waiting one with when it was made, each sent one with its outcome. */
export function KeptCheckIns({ kept }: { kept: KeptCheckIn[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (kept.length === 0) return null;
  return (
    <section aria-labelledby="kept">
      <h2 id="kept">{t('offline.title')}</h2>
      <ul className="list" data-testid="kept-check-ins">
        {kept.map(({ key, body, outcome }) => (
          <li key={key}>
            <span>
              {format.dateTime(body.scannedAt)}
              <br />
              <small>
                {!outcome && t('offline.waiting')}
                {outcome?.state === 'verified' &&
                  t('offline.verified', { count: outcome.points ?? 0 })}
                {outcome?.state === 'pending-review' && t('checkIn.pendingReview')}
                {outcome?.state === 'rejected' &&
                  `${t('checkIn.rejected')} ${
                    isRejectionReason(outcome.code)
                      ? t(`reason.${outcome.code}`)
                      : t('reason.other', { detail: outcome.code })
                  }`}
              </small>
            </span>
            <span className={outcome ? (outcome.state === 'rejected' ? 'minus' : 'plus') : 'hint'}>
              {outcome ? (outcome.state === 'rejected' ? '✕' : '✓') : '…'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
