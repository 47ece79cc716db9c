import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { components } from '@citypoints/public-api';
import { showProblem, type Problem } from '../api/problem';
import { apiOf, forgetSession } from '../session/session';
import { Field } from '../ui/field';
import { Page } from '../ui/layout';

type Consent = components['schemas']['ConsentDto'];
type Visibility = Consent['visibility'];
const VISIBILITIES: readonly Visibility[] = ['public', 'nickname', 'hidden'];

/**
 * The resident's privacy: how boards name them (their name, a nickname, or not at all), a copy
 * of all their data (a JSON file), and erasing their account after they confirm.
 */
export function Privacy() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const navigate = useNavigate();
  // Unknown until the person's data is read: the choice is shown only then, so that a late
  // answer never undoes what the person already chose.
  const [consent, setConsent] = useState<Consent>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    void apiOf(tenant)
      .GET('/api/v1/me/export')
      .then(({ data }) => {
        if (!data) return setConsent({ visibility: 'hidden' });
        const { visibility, nickname } = data.person;
        setConsent({ visibility, ...(nickname && { nickname }) });
      })
      .catch(() => setConsent({ visibility: 'hidden' }));
  }, [tenant]);
  const save = async () => {
    if (!consent) return;
    const { data, error } = await apiOf(tenant).PUT('/api/v1/me/consent', { body: consent });
    setMessage(
      data
        ? { ok: true, text: t('privacy.saved') }
        : {
            ok: false,
            text: (() => {
              const s = showProblem(t, error as Problem);
              return s.fields.nickname ?? s.form ?? '';
            })(),
          },
    );
  };
  const exportData = async () => {
    const { data } = await apiOf(tenant).GET('/api/v1/me/export');
    if (!data) return setMessage({ ok: false, text: t('errors.network') });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
    );
    link.download = 'city-points-my-data.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const erase = async () => {
    const { response } = await apiOf(tenant).DELETE('/api/v1/me');
    if (response.status !== 204)
      return setMessage({ ok: false, text: t('errors.unexpected', { detail: response.status }) });
    forgetSession(tenant);
    navigate(`/t/${tenant}/sign-in`, { replace: true });
  };
  return (
    <Page title={t('privacy.title')}>
      {!consent && <p>{t('app.loading')}</p>}
      {consent && (
        <fieldset>
          <legend>{t('privacy.naming')}</legend>
          {VISIBILITIES.map((visibility) => (
            <label key={visibility} className="check">
              <input
                type="radio"
                name="visibility"
                checked={consent.visibility === visibility}
                onChange={() => setConsent({ ...consent, visibility })}
              />
              <span>{t(`privacy.visibility.${visibility}`)}</span>
            </label>
          ))}
          {consent.visibility === 'nickname' && (
            <Field
              label={t('privacy.nickname')}
              value={consent.nickname ?? ''}
              onChange={(e) => setConsent({ ...consent, nickname: e.target.value })}
            />
          )}
          <button type="button" onClick={() => void save()}>
            {t('privacy.save')}
          </button>
        </fieldset>
      )}
      <div role="status" aria-live="polite">
        {message && <p className={message.ok ? 'success' : 'error'}>{message.text}</p>}
      </div>
      <h2>{t('privacy.exportTitle')}</h2>
      <p>{t('privacy.exportText')}</p>
      <button type="button" onClick={() => void exportData()}>
        {t('privacy.export')}
      </button>
      <h2>{t('privacy.eraseTitle')}</h2>
      <p>{t('privacy.eraseText')}</p>
      {confirming ? (
        <p className="actions">
          <button type="button" className="danger" onClick={() => void erase()}>
            {t('privacy.eraseConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('scan.cancel')}
          </button>
        </p>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('privacy.erase')}
        </button>
      )}
    </Page>
  );
}
