import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { showProblem, type Problem } from '../api/problem';
import { useProfile } from '../session/profile';
import { apiOf } from '../session/session';
import { Field, FormError } from '../ui/field';
import './pages.css';
import { Page } from '../ui/layout';

const QrImage = lazy(() => import('./qr-image'));

/** The recipient a share code names, as the public API answers (GET /people/by-share-code?code=). */
interface Recipient {
  person: string;
  displayName: string | null;
  code: string;
}

/** The refusals of a transfer the page explains (problem codes of the public API). */
const TRANSFER_REFUSALS = [
  'insufficient-points',
  'invalid-movement',
  'closed-account',
  'staff-account',
  'unknown-account',
];

// A share code as people type it: spaces and hyphens dropped, upper case.
const tidy = (code: string) => code.replace(/[\s-]+/g, '').toUpperCase();

/**
 * Give points to a person (POST /me/transfers): my own share code, as text and a QR code that
 * opens this page with it filled in, for others to give to me; then the recipient found by the
 * code they share (GET /people/by-share-code?code=), their name (as they consented) confirmed
 * before the points are sent. Refusals (unknown code, my own code, not enough points, an
 * account that takes no points) show next to the field they concern, in the person's language.
 */
export function Give() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [search] = useSearchParams();
  const profile = useProfile();
  const [code, setCode] = useState(search.get('to') ?? '');
  const [recipient, setRecipient] = useState<Recipient>();
  const [points, setPoints] = useState('');
  const [errors, setErrors] = useState<{ code?: string; points?: string; form?: string }>({});
  const [given, setGiven] = useState<{ points: number; name: string; balance: number }>();
  const nameOf = (found: Recipient) => found.displayName ?? t('give.hiddenName');
  const find = async (event: FormEvent) => {
    event.preventDefault();
    setRecipient(undefined);
    setGiven(undefined);
    const wanted = tidy(code);
    if (!wanted) return setErrors({ code: t('give.codeRequired') });
    if (profile && wanted === tidy(profile.shareCode)) return setErrors({ code: t('give.own') });
    try {
      const { data, error, response } = await apiOf(tenant).GET('/api/v1/people/by-share-code', {
        params: { query: { code: wanted } },
      });
      if (data) {
        setErrors({});
        setRecipient({ ...data, code: wanted });
      } else if (response.status === 404) setErrors({ code: t('give.unknownCode') });
      else {
        const shown = showProblem(t, error as Problem);
        setErrors({ code: shown.fields.code ?? shown.form });
      }
    } catch {
      setErrors({ form: t('errors.network') });
    }
  };
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!recipient) return;
    const amount = Number(points);
    if (!Number.isInteger(amount) || amount < 1) return setErrors({ points: t('give.pointsHint') });
    const known = Object.fromEntries(
      TRANSFER_REFUSALS.map((reason) => [reason, t(`give.refused.${reason}`)]),
    );
    try {
      const { data, error } = await apiOf(tenant).POST('/api/v1/me/transfers', {
        body: { transferId: crypto.randomUUID(), to: recipient.person, points: amount },
      });
      if (data) {
        setGiven({ points: amount, name: nameOf(recipient), balance: data.balance });
        setRecipient(undefined);
        setPoints('');
        setCode('');
        setErrors({});
        return;
      }
      const problem = error as Problem;
      const shown = showProblem(t, problem, known);
      if (problem.code === 'insufficient-points' || shown.fields.points) {
        setErrors({ points: shown.fields.points ?? known['insufficient-points'] });
      } else setErrors({ form: shown.form ?? Object.values(shown.fields).join(' ') });
    } catch {
      setErrors({ form: t('errors.network') });
    }
  };
  const myLink = profile && `${location.origin}/t/${tenant}/give?to=${profile.shareCode}`;
  return (
    <Page title={t('give.title')}>
      {given && (
        <p className="success" role="status">
          {t('give.done', { count: given.points, name: given.name })}{' '}
          {t('give.balance', { count: given.balance })}
        </p>
      )}
      <form onSubmit={find} noValidate>
        <Field
          label={t('give.code')}
          hint={t('give.codeHint')}
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setRecipient(undefined);
          }}
          error={errors.code}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit">{t('give.find')}</button>
      </form>
      {recipient && (
        <form onSubmit={send} noValidate className="card" aria-labelledby="give-to">
          <h2 id="give-to">{t('give.to', { name: nameOf(recipient) })}</h2>
          <p className="hint">{t('give.check')}</p>
          <Field
            label={t('give.points')}
            inputMode="numeric"
            value={points}
            onChange={(e) => setPoints(e.target.value)}
            error={errors.points}
            required
          />
          <button type="submit">{t('give.send', { name: nameOf(recipient) })}</button>
        </form>
      )}
      <FormError message={errors.form} />
      {profile && myLink && (
        <section className="share-mine" aria-labelledby="my-share-code">
          <h2 id="my-share-code">{t('give.mine')}</h2>
          <p>{t('give.mineIntro')}</p>
          <p className="code" data-testid="share-code">
            {profile.shareCode}
          </p>
          <Suspense fallback={null}>
            <QrImage text={myLink} size={200} label={t('give.qr')} />
          </Suspense>
        </section>
      )}
    </Page>
  );
}
