import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { appConfig } from '../admin/app-config';
import { isLocale } from '../i18n/i18n';
import { apiOf } from '../session/session';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { usePosition } from '../ui/use-position';
import { CATEGORIES, type Category } from './categories';

type Activity = components['schemas']['NearbyActivityDto'];
const NearbyMap = lazy(() => import('./nearby-map'));

/**
 * Published activities near the resident, nearest first, in their language: distance, open
 * now, points, a category filter and "open now only"; as a list or on a map (lazy-loaded:
 * a plotted view, or real tiles when the installation names a tile server); each leads to its
 * page and its check-in.
 */
export function Activities() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const format = useFormat();
  const { position, locate } = usePosition();
  const [category, setCategory] = useState<Category | ''>('');
  const [openNow, setOpenNow] = useState(false);
  const [activities, setActivities] = useState<Activity[]>();
  const [view, setView] = useState<'list' | 'map'>('list');
  const [tileUrl, setTileUrl] = useState<string>();
  const navigate = useNavigate();
  const places = useMemo(
    () =>
      (activities ?? []).flatMap((activity) =>
        activity.place
          ? [{ id: activity.activityId, title: activity.title, ...activity.place }]
          : [],
      ),
    [activities],
  );
  useEffect(() => {
    if (view === 'map') void appConfig().then((config) => setTileUrl(config.mapTileUrl));
  }, [view]);
  useEffect(() => {
    void locate();
  }, [locate]);
  useEffect(() => {
    if (position.state !== 'known') return;
    const { latitude, longitude } = position.position;
    const language = isLocale(i18n.language) ? i18n.language : undefined;
    void apiOf(tenant)
      .GET('/api/v1/activities/nearby', {
        params: {
          query: {
            latitude,
            longitude,
            ...(language && { language }),
            ...(category && { category }),
            ...(openNow && { openNow }),
          },
        },
      })
      .then(({ data }) => setActivities(data?.activities ?? []));
  }, [tenant, position, category, openNow, i18n.language]);
  return (
    <Page title={t('activities.title')}>
      {position.state === 'locating' && <p role="status">{t('activities.locating')}</p>}
      {position.state === 'unavailable' && (
        <p>
          {t('activities.noPosition')}{' '}
          <button type="button" onClick={() => void locate()}>
            {t('activities.allow')}
          </button>
        </p>
      )}
      <div className="filters">
        <label>
          <span>{t('activities.category')}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value as Category | '')}>
            <option value="">{t('activities.anyCategory')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={openNow} onChange={(e) => setOpenNow(e.target.checked)} />
          <span>{t('activities.openNow')}</span>
        </label>
      </div>
      <div className="segmented" role="group" aria-label={t('nearMap.view')}>
        {(['list', 'map'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={v === view} onClick={() => setView(v)}>
            {t(`nearMap.${v}`)}
          </button>
        ))}
      </div>
      {view === 'map' && position.state === 'known' && activities && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <NearbyMap
            here={position.position}
            places={places}
            tileUrl={tileUrl}
            onOpen={(id) => void navigate(`/t/${tenant}/activities/${id}`)}
          />
        </Suspense>
      )}
      {activities?.length === 0 && <p>{t('activities.empty')}</p>}
      <ul className="cards">
        {activities?.map((activity) => (
          <li key={activity.activityId} className="card">
            <h2>
              <Link to={`/t/${tenant}/activities/${activity.activityId}`}>{activity.title}</Link>
            </h2>
            <p className="meta">
              <span>{t(`category.${activity.category}`)}</span>
              <span>{t('activities.points', { count: activity.points })}</span>
              {activity.distanceMetres !== undefined && (
                <span>
                  {t('activities.distance', { distance: format.distance(activity.distanceMetres) })}
                </span>
              )}
              <span className={activity.openNow ? 'open' : 'closed'}>
                {t(activity.openNow ? 'activities.open' : 'activities.closed')}
              </span>
            </p>
            {activity.description && <p>{activity.description}</p>}
            <Link className="button" to={`/t/${tenant}/check-in?activity=${activity.activityId}`}>
              {t('activities.checkIn')}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
