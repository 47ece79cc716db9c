import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem } from '../api/problem';
import { isLocale } from '../i18n/i18n';
import { apiOf } from '../session/session';
import { Page } from '../ui/layout';
import { readPosition } from '../ui/use-position';
import { isRejectionReason } from './reasons';

type Activity = components['schemas']['NearbyActivityDto'];
const QrScanner = lazy(() => import('./qr-scanner'));

/**
 * A steward on site: chooses one of the activities near them that stewards may verify, scans a
 * resident's personal QR code (or their printed card's) and sees whether the participation was
 * verified, or why not, in their language.
 */
export function Steward() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const [activities, setActivities] = useState<Activity[]>();
  const [activityId, setActivityId] = useState('');
  const [scanning, setScanning] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  useEffect(() => {
    void readPosition().then(async (position) => {
      if (!position) return setActivities([]);
      const language = isLocale(i18n.language) ? i18n.language : undefined;
      const { data } = await apiOf(tenant).GET('/api/v1/activities/nearby', {
        params: {
          query: {
            latitude: position.latitude,
            longitude: position.longitude,
            ...(language && { language }),
          },
        },
      });
      const mine = (data?.activities ?? []).filter((a) => a.methods.includes('steward'));
      setActivities(mine);
      if (mine[0]) setActivityId(mine[0].activityId);
    });
  }, [tenant, i18n.language]);
  const confirm = async (personalCode: string) => {
    setResult(undefined);
    try {
      const { data, error } = await apiOf(tenant).POST('/api/v1/steward-check-ins', {
        body: { activityId, personalCode },
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
      if (data?.state === 'verified') {
        return setResult({ ok: true, text: t('steward.verified', { count: data.points }) });
      }
      const code = data?.reason ?? (error as Problem | undefined)?.code;
      const text = isRejectionReason(code)
        ? t(`reason.${code}`)
        : (showProblem(t, error as Problem).form ?? t('checkIn.pendingReview'));
      setResult({ ok: false, text });
    } catch {
      setResult({ ok: false, text: t('errors.network') });
    }
  };
  const latest = useRef(confirm);
  latest.current = confirm;
  const scanned = useCallback((text: string) => {
    setScanning(false);
    void latest.current(text);
  }, []);
  return (
    <Page title={t('steward.title')}>
      <label className="field">
        <span>{t('steward.activity')}</span>
        <select value={activityId} onChange={(e) => setActivityId(e.target.value)}>
          {activities?.map((a) => (
            <option key={a.activityId} value={a.activityId}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      {activities?.length === 0 && <p>{t('steward.none')}</p>}
      {activityId &&
        (scanning ? (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <QrScanner onCode={scanned} onClose={() => setScanning(false)} />
          </Suspense>
        ) : (
          <button type="button" className="scan" onClick={() => setScanning(true)}>
            {t('steward.scan')}
          </button>
        ))}
      <div role="status" aria-live="polite" data-testid="steward-result">
        {result && <p className={result.ok ? 'success' : 'error'}>{result.text}</p>}
      </div>
    </Page>
  );
}
