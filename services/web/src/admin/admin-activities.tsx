import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { apiOf } from '../session/session';
import { Page } from '../ui/layout';
import { textIn } from '../pages/texts';

type Activity = components['schemas']['ActivityDto'];

/** A tenant admin's activities, newest first, with their state; the way to a new one. */
export function AdminActivities() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const [activities, setActivities] = useState<Activity[]>();
  useEffect(() => {
    void apiOf(tenant)
      .GET('/api/v1/activities')
      .then(({ data }) => setActivities(data?.activities ?? []));
  }, [tenant]);
  return (
    <Page title={t('admin.activities')}>
      <p>
        <Link className="button" to={`/t/${tenant}/admin/activities/new`}>
          {t('admin.newActivity')}
        </Link>
      </p>
      {activities?.length === 0 && <p>{t('admin.noActivities')}</p>}
      <ul className="list">
        {activities?.map((activity) => (
          <li key={activity.activityId}>
            <span>
              <strong>{textIn(activity.titles, i18n.language)}</strong>
              <br />
              <small>
                {t(`category.${activity.category}`)} ·{' '}
                {t('activities.points', { count: activity.points })}
              </small>
            </span>
            <span>{t(`admin.state.${activity.state}`)}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
