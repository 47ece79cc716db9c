import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { appConfig } from '../admin/app-config';
import { isLocale } from '../i18n/i18n';
import { apiOf } from '../session/session';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { readPosition, type Position } from '../ui/use-position';
import { distanceMetres } from './nearby-geometry';

type Details = components['schemas']['ActivityDetailsDto'];
type Method = Details['methods'][number];
const NearbyMap = lazy(() => import('./nearby-map'));

/** An activity's schedule as the public API gives it (activity-rules' Schedule). */
type Schedule =
  | { kind: 'always' }
  | { kind: 'event'; start: string; end: string }
  | { kind: 'weekly'; hours: { day: number; open: string; close: string }[] };

/**
 * Local wall-clock date-times ('YYYY-MM-DDTHH:mm', the town's) and ISO weekdays (1 Monday)
 * in the person's language, without moving them to the phone's time zone.
 */
function useWallClock() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    dateTime: (local: string) =>
      new Intl.DateTimeFormat(language, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }).format(new Date(`${local}:00Z`)),
    // 2024-01-01 was a Monday.
    weekday: (day: number) =>
      new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2024, 0, day)),
      ),
  };
}

/**
 * An activity's page (GET /activities/{activity}/details, in the person's language): its text,
 * category, points, impact, whether it is open now, when it is open (the town's clock), where
 * (distance from the person and a small map) and how participation is verified, with the way
 * to check in that its methods allow: scanning or typing its code, or a steward scanning the
 * person's own code.
 */
export function ActivityPage() {
  const { t, i18n } = useTranslation();
  const { tenant = '', activity: activityId = '' } = useParams();
  const format = useFormat();
  const clock = useWallClock();
  const [details, setDetails] = useState<Details | null>();
  const [here, setHere] = useState<Position>();
  const [tileUrl, setTileUrl] = useState<string>();
  useEffect(() => {
    const language = isLocale(i18n.language) ? i18n.language : undefined;
    void apiOf(tenant)
      .GET('/api/v1/activities/{activity}/details', {
        params: { path: { activity: activityId }, query: language ? { language } : {} },
      })
      .then(({ data }) => setDetails(data ?? null))
      .catch(() => setDetails(null));
  }, [tenant, activityId, i18n.language]);
  const places = useMemo(
    () =>
      details?.place ? [{ id: details.activityId, title: details.title, ...details.place }] : [],
    [details],
  );
  useEffect(() => {
    void readPosition().then(setHere);
    void appConfig().then((config) => setTileUrl(config.mapTileUrl));
  }, []);
  if (details === null) {
    return (
      <Page title={t('activity.notFound')}>
        <Link to={`/t/${tenant}/activities`}>{t('activity.back')}</Link>
      </Page>
    );
  }
  if (!details) {
    return (
      <Page title={t('app.loading')}>
        <p role="status">{t('app.loading')}</p>
      </Page>
    );
  }
  const schedule = details.schedule as Schedule;
  const scannable = details.methods.some((m) => m === 'qr' || m === 'qr-gps');
  return (
    <Page title={details.title}>
      <p>
        <Link to={`/t/${tenant}/activities`}>{t('activity.back')}</Link>
      </p>
      <p className="meta">
        <span>{t(`category.${details.category}`)}</span>
        <span>{t('activities.points', { count: details.points })}</span>
        <span className={details.openNow ? 'open' : 'closed'}>
          {t(details.openNow ? 'activities.open' : 'activities.closed')}
        </span>
      </p>
      {details.description && <p lang={details.language}>{details.description}</p>}
      {details.impact && (
        <p>
          {t('activity.impact', {
            quantity: format.number(details.impact.quantity),
            unit: details.impact.unit,
          })}
        </p>
      )}
      <h2>{t('activity.when')}</h2>
      {schedule.kind === 'always' && <p>{t('activity.always')}</p>}
      {schedule.kind === 'event' && (
        <p>
          {t('activity.event', {
            start: clock.dateTime(schedule.start),
            end: clock.dateTime(schedule.end),
          })}
        </p>
      )}
      {schedule.kind === 'weekly' && (
        <ul className="list">
          {schedule.hours.map((hours, at) => (
            <li key={at}>
              {t('activity.hours', {
                day: clock.weekday(hours.day),
                open: hours.open,
                close: hours.close,
              })}
            </li>
          ))}
        </ul>
      )}
      {details.place && (
        <>
          <h2>{t('activity.where')}</h2>
          <p>
            {here
              ? t('activities.distance', {
                  distance: format.distance(distanceMetres(here, details.place)),
                })
              : t('activity.radius', { radius: format.distance(details.place.radius) })}
          </p>
          <Suspense fallback={null}>
            <NearbyMap here={here} places={places} tileUrl={tileUrl} />
          </Suspense>
        </>
      )}
      <h2>{t('activity.how')}</h2>
      <ul className="list">
        {details.methods.map((method: Method) => (
          <li key={method}>{t(`activity.method.${method}`)}</li>
        ))}
      </ul>
      <div className="actions">
        {scannable && (
          <Link className="button" to={`/t/${tenant}/check-in?activity=${details.activityId}`}>
            {t('activities.checkIn')}
          </Link>
        )}
        {details.methods.includes('steward') && (
          <Link className="button" to={`/t/${tenant}/card`}>
            {t('activity.showCard')}
          </Link>
        )}
      </div>
    </Page>
  );
}
