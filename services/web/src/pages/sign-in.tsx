import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { showProblem, type Problem, type ShownProblem } from '../api/problem';
import { startSession } from '../session/session';
import { Field, FormError } from '../ui/field';
import { Page } from '../ui/layout';

/** Sign in to the town in the path with e-mail and password; then the home page. */
export function SignIn() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { data, error } = await startSession(tenant, email, password);
      if (data) return navigate(`/t/${tenant}`, { replace: true });
      const problem = error as Problem;
      setShown(
        problem.status === 401 ? { fields: {}, form: t('signIn.failed') } : showProblem(t, problem),
      );
    } catch {
      setShown(showProblem(t, undefined));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t('signIn.title')} signedIn={false}>
      <form onSubmit={submit} noValidate>
        <Field
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={shown.fields.email}
          required
        />
        <Field
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={shown.fields.password}
          required
        />
        <FormError message={shown.form} />
        <button type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        {t('signIn.noAccount')} <Link to={`/t/${tenant}/sign-up`}>{t('signIn.signUp')}</Link>
      </p>
    </Page>
  );
}
