import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { KeptCheckIns, useKeptCheckIns } from '../offline/kept-check-ins';
import { useProfile } from '../session/profile';
import { apiOf } from '../session/session';
import { useLiveEvents } from '../session/use-live-events';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';

type Movement = components['schemas']['MovementDto'];

/**
 * The resident's home: their balance and latest movements, kept current by their live
 * stream (a credit shows without reloading).
 */
export function Home() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const format = useFormat();
  const [balance, setBalance] = useState<number>();
  const [movements, setMovements] = useState<Movement[]>();
  const [news, setNews] = useState<string>();
  const kept = useKeptCheckIns(tenant);
  const profile = useProfile();
  const load = useCallback(async () => {
    const api = apiOf(tenant);
    const [account, history] = await Promise.all([
      api.GET('/api/v1/me/balance'),
      api.GET('/api/v1/me/history', { params: { query: { limit: 20 } } }),
    ]);
    setBalance(account.data?.balance ?? 0);
    setMovements(history.data?.entries ?? []);
  }, [tenant]);
  useEffect(() => {
    load().catch(() => setMovements([]));
  }, [load]);
  useLiveEvents(tenant, (event) => {
    if (typeof event.balance === 'number') setBalance(event.balance);
    if (event.type === 'PointsEarned' && typeof event.points === 'number') {
      setNews(t('home.earnedNow', { count: event.points }));
    }
    void load();
  });
  if (profile?.role === 'partner-staff') return <Navigate to={`/t/${tenant}/counter`} replace />;
  if (profile?.role === 'verifier') return <Navigate to={`/t/${tenant}/steward`} replace />;
  if (profile?.role === 'tenant-admin') {
    return <Navigate to={`/t/${tenant}/admin/activities`} replace />;
  }
  return (
    <Page title={t('home.title')}>
      <section className="card balance" aria-labelledby="balance">
        <h2 id="balance">{t('home.balance')}</h2>
        <p className="big" data-testid="balance" aria-live="polite">
          {balance === undefined ? t('app.loading') : t('home.points', { count: balance })}
        </p>
        <p className="hint">{t('home.live')}</p>
        {news && (
          <p className="news" role="status">
            {news}
          </p>
        )}
      </section>
      <KeptCheckIns kept={kept} />
      <section aria-labelledby="history">
        <h2 id="history">{t('home.history')}</h2>
        {movements === undefined && <p>{t('app.loading')}</p>}
        {movements?.length === 0 && <p>{t('home.noHistory')}</p>}
        <ul className="list">
          {movements?.map((movement) => (
            <li key={movement.movementId}>
              <span>
                <strong>{t(`movement.${movement.kind}`)}</strong> {movement.reason}
                <br />
                <small>{format.dateTime(movement.recordedAt)}</small>
              </span>
              <span className={movement.amount < 0 ? 'minus' : 'plus'}>
                {movement.amount > 0 ? '+' : ''}
                {format.number(movement.amount)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
