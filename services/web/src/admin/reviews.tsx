import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import type { Problem, ShownProblem } from '../api/problem';
import { textIn } from '../pages/texts';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import { useFormat } from '../ui/format';
import { Page } from '../ui/layout';
import { refusal } from './refusal';

type Review = components['schemas']['ReviewItemDto'];

/**
 * The review queue (GET /reviews): check-ins the town's rules sent to a person's judgement,
 * oldest first, each with its activity, the rule that flagged it, distance and accuracy when
 * it had a position; the admin approves or rejects it with a reason (required, kept with the
 * decision: POST /reviews/{participation}/decision). A refused decision shows at its item.
 */
export default function Reviews() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [items, setItems] = useState<Review[]>();
  const [done, setDone] = useState<string>();
  const load = useCallback(
    () =>
      apiOf(tenant)
        .GET('/api/v1/reviews')
        .then(({ data }) => setItems(data?.items ?? [])),
    [tenant],
  );
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Page title={t('manage.reviews.title')}>
      <p className="hint">{t('manage.reviews.intro')}</p>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      {items?.length === 0 && <p>{t('manage.reviews.empty')}</p>}
      <ul className="cards">
        {items?.map((item) => (
          <ReviewItem
            key={item.id}
            tenant={tenant}
            item={item}
            onDecided={(message) => {
              setDone(message);
              void load();
            }}
          />
        ))}
      </ul>
    </Page>
  );
}

function ReviewItem({
  tenant,
  item,
  onDecided,
}: {
  tenant: string;
  item: Review;
  onDecided: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const title = textIn(item.activityTitles, i18n.language) ?? '';
  const decide = async (decision: 'approve' | 'reject') => {
    try {
      const { data, error } = await apiOf(tenant).POST('/api/v1/reviews/{participation}/decision', {
        params: { path: { participation: item.id } },
        body: { decision, reason },
      });
      if (data) onDecided(t(`manage.reviews.done.${decision}`, { title }));
      else setShown(refusal(t, error as Problem, ['reason']));
    } catch {
      setShown(refusal(t, undefined, []));
    }
  };
  return (
    <li className="card">
      <h2>{title}</h2>
      <p className="meta">
        <span>{t('activities.points', { count: item.points })}</span>
        <span>{t(`admin.method.${item.method}`)}</span>
        <span>{t('manage.reviews.scannedAt', { at: format.dateTime(item.scannedAt) })}</span>
      </p>
      {item.reason && <p>{t(`reason.${item.reason}`)}</p>}
      {item.distanceMetres !== undefined && (
        <p>{t('manage.reviews.distance', { distance: format.distance(item.distanceMetres) })}</p>
      )}
      {item.accuracy !== undefined && (
        <p>{t('manage.reviews.accuracy', { accuracy: format.distance(item.accuracy) })}</p>
      )}
      <Field
        label={t('manage.reviews.reason')}
        hint={t('manage.reviews.reasonHint')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
        error={shown.fields.reason}
      />
      <FormError message={shown.form} />
      <p className="actions">
        <button
          type="button"
          onClick={() => void decide('approve')}
          aria-label={t('manage.reviews.approveNamed', { title })}
        >
          {t('manage.reviews.approve')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void decide('reject')}
          aria-label={t('manage.reviews.rejectNamed', { title })}
        >
          {t('manage.reviews.reject')}
        </button>
      </p>
    </li>
  );
}
