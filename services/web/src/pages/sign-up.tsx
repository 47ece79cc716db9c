import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { showProblem, type Problem, type ShownProblem } from '../api/problem';
import { isLocale } from '../i18n/i18n';
import { apiOf, startSession } from '../session/session';
import { Field, FormError } from '../ui/field';
import { Page } from '../ui/layout';

/**
 * A new resident of the town in the path: name, e-mail, password and the language the app is
 * in; signed in at once, then the home page.
 */
export function SignUp() {
  const { t, i18n } = useTranslation();
  const { tenant = '' } = useParams();
  const navigate = useNavigate();
  const [form, setForm] = useState({ displayName: '', email: '', password: '' });
  const [shown, setShown] = useState<ShownProblem>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [name]: event.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const api = apiOf(tenant);
      const locale = isLocale(i18n.language) ? i18n.language : undefined;
      const signedUp = await api.POST('/api/v1/tenants/{tenant}/sign-up', {
        params: { path: { tenant } },
        body: { ...form, ...(locale && { locale }) },
      });
      if (signedUp.error) {
        const problem = signedUp.error as Problem;
        setShown(
          problem.status === 409
            ? { fields: { email: t('signUp.taken') } }
            : showProblem(t, problem),
        );
        return;
      }
      const session = await startSession(tenant, form.email, form.password);
      if (session.data) navigate(`/t/${tenant}`, { replace: true });
      else setShown(showProblem(t, session.error as Problem));
    } catch {
      setShown(showProblem(t, undefined));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t('signUp.title')} signedIn={false}>
      <form onSubmit={submit} noValidate>
        <Field
          label={t('signUp.displayName')}
          hint={t('signUp.displayNameHint')}
          autoComplete="name"
          value={form.displayName}
          onChange={set('displayName')}
          error={shown.fields.displayName}
          required
        />
        <Field
          label={t('signUp.email')}
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          error={shown.fields.email}
          required
        />
        <Field
          label={t('signUp.password')}
          hint={t('signUp.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          error={shown.fields.password}
          required
        />
        <FormError message={shown.form} />
        <button type="submit" disabled={busy}>
          {t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to={`/t/${tenant}/sign-in`}>{t('signUp.signIn')}</Link>
      </p>
    </Page>
  );
}
