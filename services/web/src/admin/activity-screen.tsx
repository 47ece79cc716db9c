import './admin.css';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import type { Problem } from '../api/problem';
import { LanguageSwitch } from '../ui/layout';
import { textIn } from '../pages/texts';
import { apiOf } from '../session/session';
import { refusal } from './refusal';

type Rotating = components['schemas']['RotatingActivityCodeDto'];
const QrImage = lazy(() => import('../pages/qr-image'));

/** How long before a code stops being shown the next one is asked for, in ms. */
const EARLY_MS = 3_000;
/** The wait before asking again after a failed read (offline, server down), in ms. */
const RETRY_MS = 5_000;

/**
 * An event's screen: the activity's rotating QR code (GET /activities/{id}/codes/rotating, a
 * new one every 30 s), full-screen, black on white and as large as the screen allows, read
 * again EARLY_MS before the one shown expires (RETRY_MS after a failure, keeping the last one
 * up). The title names the activity; a link leads back to the activities.
 */
export default function ActivityScreen() {
  const { t, i18n } = useTranslation();
  const { tenant = '', activity = '' } = useParams();
  const [code, setCode] = useState<Rotating>();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void apiOf(tenant)
      .GET('/api/v1/activities/{activity}', { params: { path: { activity } } })
      .then(({ data }) => setTitle(data ? (textIn(data.titles, i18n.language) ?? '') : ''));
  }, [tenant, activity, i18n.language]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const read = async () => {
      let wait = RETRY_MS;
      try {
        const { data, error } = await apiOf(tenant).GET(
          '/api/v1/activities/{activity}/codes/rotating',
          { params: { path: { activity } } },
        );
        if (data) {
          setCode(data);
          setProblem(undefined);
          wait = Math.max(1_000, Date.parse(data.shownUntil) - Date.now() - EARLY_MS);
        } else setProblem(refusal(t, error as Problem, []).form);
      } catch {
        setProblem(t('errors.network'));
      }
      if (!stopped) timer = setTimeout(() => void read(), wait);
    };
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tenant, activity, t]);
  return (
    <main className="screen" id="content">
      <header className="screen-top">
        <Link to={`/t/${tenant}/admin/activities`}>{t('manage.screen.back')}</Link>
        <LanguageSwitch />
      </header>
      <h1>{title || t('manage.screen.title')}</h1>
      <p className="screen-hint">{t('manage.screen.hint')}</p>
      {code && (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <QrImage text={code.code} size={640} label={t('manage.screen.qr', { title })} />
        </Suspense>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </main>
  );
}
