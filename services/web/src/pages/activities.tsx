import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { isLocale } from '../i18n/i18n';
import { apiOf } from '../session/session';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { usePosition } from '../ui/use-position';
import { CATEGORIES, type Category } from './categories';

type Activity = components['schemas']['NearbyActivityDto'];

/**
 * Published activities near the resident, nearest first, in their language: distance, open
 * now, points, a category filter and "open now only"; each leads to its check-in.
 */
export function Activities() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const format = useFormat();
  const { position, locate } = usePosition();
  const [category, setCategory] = useState<Category | ''>('');
  const [openNow, setOpenNow] = useState(false);
  const [activities, setActivities] = useState<Activity[]>();
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
      {activities?.length === 0 && <p>{t('activities.empty')}</p>}
      <ul className="cards">
        {activities?.map((activity) => (
          <li key={activity.activityId} className="card">
            <h2>{activity.title}</h2>
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
