import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { textIn } from '../pages/texts';
import { apiOf } from '../session/session';
import { FormError } from '../ui/field';
import { Page } from '../ui/layout';
import { refusal } from './refusal';

type Activity = components['schemas']['ActivityDto'];

/**
 * A tenant admin's activities, newest first, with their state and what can be done with each:
 * edit (the editor), publish a draft, show a published one's rotating QR code on a screen,
 * archive it (the API refuses what its state does not allow; the refusal shows in the list).
 */
export function AdminActivities() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const [activities, setActivities] = useState<Activity[]>();
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const [done, setDone] = useState<string>();
  const load = useCallback(
    () =>
      apiOf(tenant)
        .GET('/api/v1/activities')
        .then(({ data }) => setActivities(data?.activities ?? [])),
    [tenant],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const act = async (activity: Activity, step: 'publication' | 'archival') => {
    const path = { params: { path: { activity: activity.activityId } } };
    const { data, error } =
      step === 'publication'
        ? await apiOf(tenant).POST('/api/v1/activities/{activity}/publication', path)
        : await apiOf(tenant).POST('/api/v1/activities/{activity}/archival', path);
    if (data) {
      setShown({ fields: {} });
      setDone(
        t(`manage.activity.done.${step}`, { title: textIn(data.titles, i18n.language) ?? '' }),
      );
      await load();
    } else setShown(refusal(t, error as Problem, []));
  };
  return (
    <Page title={t('admin.activities')}>
      <p>
        <Link className="button" to={`/t/${tenant}/admin/activities/new`}>
          {t('admin.newActivity')}
        </Link>
      </p>
      <FormError message={shown.form} />
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      {activities?.length === 0 && <p>{t('admin.noActivities')}</p>}
      <ul className="cards">
        {activities?.map((activity) => {
          const title = textIn(activity.titles, i18n.language) ?? '';
          return (
            <li key={activity.activityId} className="card">
              <h2>{title}</h2>
              <p className="meta">
                <span>{t(`category.${activity.category}`)}</span>
                <span>{t('activities.points', { count: activity.points })}</span>
                <span>{t(`admin.state.${activity.state}`)}</span>
              </p>
              <p className="actions">
                {activity.state !== 'archived' && (
                  <Link
                    className="button"
                    to={`/t/${tenant}/admin/activities/${activity.activityId}`}
                    aria-label={t('manage.activity.editNamed', { title })}
                  >
                    {t('manage.activity.editShort')}
                  </Link>
                )}
                {activity.state === 'draft' && (
                  <button
                    type="button"
                    onClick={() => void act(activity, 'publication')}
                    aria-label={t('manage.activity.publishNamed', { title })}
                  >
                    {t('admin.publish')}
                  </button>
                )}
                {activity.state === 'published' && (
                  <Link
                    className="button"
                    to={`/t/${tenant}/admin/activities/${activity.activityId}/screen`}
                    aria-label={t('manage.activity.screenNamed', { title })}
                  >
                    {t('manage.activity.screen')}
                  </Link>
                )}
                {activity.state !== 'archived' && (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void act(activity, 'archival')}
                    aria-label={t('manage.activity.archiveNamed', { title })}
                  >
                    {t('manage.activity.archive')}
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
