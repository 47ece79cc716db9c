import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { apiOf } from '../session/session';
import { Page } from '../ui/layout';

const QrImage = lazy(() => import('./qr-image'));
// A personal QR token lives 2 minutes: a new one this long before it expires, ms.
const RENEW_EARLY_MS = 20_000;

/**
 * The resident's personal QR code, for a steward to scan on site: a short-lived token
 * (POST /me/qr-token) renewed before it expires while the page is open.
 */
export function MyCard() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [token, setToken] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    const issue = async () => {
      try {
        const { data } = await apiOf(tenant).POST('/api/v1/me/qr-token');
        if (!current) return;
        if (!data) return setFailed(true);
        setFailed(false);
        setToken(data.token);
        const left = Date.parse(data.expiresAt) - Date.now() - RENEW_EARLY_MS;
        timer = setTimeout(() => void issue(), Math.max(5_000, left));
      } catch {
        if (current) setFailed(true);
      }
    };
    void issue();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [tenant]);
  return (
    <Page title={t('card.title')}>
      <p>{t('card.intro')}</p>
      {failed && <p className="error">{t('errors.network')}</p>}
      {token && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <QrImage text={token} size={320} label={t('card.qr')} />
        </Suspense>
      )}
    </Page>
  );
}
