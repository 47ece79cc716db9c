import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { showProblem, type Problem } from '../api/problem';
import { apiOf, loadSession } from '../session/session';
import { Page } from '../ui/layout';

/**
 * The page the verification mail links to (/t/<tenant>/verify-email?token=…), for anyone
 * (signed in or not): it sends the token once (POST /tenants/{tenant}/email-verifications)
 * and says whether the address is now verified, or why not (an unknown, used or expired link;
 * settings send a new one).
 */
export function VerifyEmail() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  useEffect(() => {
    let current = true;
    void apiOf(tenant)
      .POST('/api/v1/tenants/{tenant}/email-verifications', {
        params: { path: { tenant } },
        body: { token },
      })
      .then(({ error, response }) => {
        if (!current) return;
        if (response.ok) return setResult({ ok: true, text: t('verifyEmail.verified') });
        const problem = error as Problem;
        // A token malformed (400, naming the field) or unknown, used or expired: the same to
        // the reader, whose link no longer works.
        if (problem.code === 'email-verified-already') {
          return setResult({ ok: true, text: t('verifyEmail.already') });
        }
        if (response.status === 400 || problem.code === 'invalid-verification-token') {
          return setResult({ ok: false, text: t('verifyEmail.invalid') });
        }
        setResult({ ok: false, text: showProblem(t, problem).form ?? '' });
      })
      .catch(() => current && setResult({ ok: false, text: t('errors.network') }));
    return () => {
      current = false;
    };
  }, [tenant, token, t]);
  const signedIn = Boolean(loadSession(tenant));
  return (
    <Page title={t('verifyEmail.title')} signedIn={false}>
      {!result && <p role="status">{t('verifyEmail.checking')}</p>}
      {result && (
        <p className={result.ok ? 'success' : 'error'} role="alert">
          {result.text}
        </p>
      )}
      <p>
        <Link to={`/t/${tenant}${signedIn ? '' : '/sign-in'}`}>
          {t(signedIn ? 'verifyEmail.continue' : 'verifyEmail.signIn')}
        </Link>
      </p>
    </Page>
  );
}
