import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { showProblem, type Problem } from '../api/problem';
import { useProfile } from '../session/profile';
import { apiOf, forgetSession, loadSession } from '../session/session';
import { LanguageSwitch } from '../ui/layout';
import { Page } from '../ui/layout';

/**
 * The account's page for every role: the app's language, a resident's own pages (card, give,
 * groups, causes; staff only see privacy), a notice while their e-mail address is not
 * verified (GET /me: emailVerified) with a button that mails the link again, and signing out
 * of this device.
 */
export function Settings() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const navigate = useNavigate();
  const profile = useProfile();
  // Staff neither earn nor give points: only their privacy is theirs to manage here.
  const pages =
    profile?.role === 'citizen'
      ? (['card', 'give', 'groups', 'causes', 'privacy'] as const)
      : (['privacy'] as const);
  const signOut = async () => {
    const session = loadSession(tenant);
    if (session) {
      await apiOf(tenant)
        .POST('/api/v1/me/sign-out', { body: { refreshToken: session.refreshToken } })
        .catch(() => undefined);
    }
    forgetSession(tenant);
    navigate(`/t/${tenant}/sign-in`, { replace: true });
  };
  return (
    <Page title={t('settings.title')}>
      <EmailNotice />
      <LanguageSwitch />
      <ul className="links">
        {pages.map((page) => (
          <li key={page}>
            <Link to={`/t/${tenant}/${page}`}>{t(`nav.${page}`)}</Link>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" onClick={() => void signOut()}>
          {t('settings.signOut')}
        </button>
      </p>
    </Page>
  );
}

/**
 * While the person's e-mail address is not verified: a notice, and "send the link again"
 * (POST /me/email-verifications; refusals, such as too many mails within the hour, explained).
 */
function EmailNotice() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const profile = useProfile();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  if (!profile || profile.emailVerified) return null;
  const resend = async () => {
    try {
      const { error, response } = await apiOf(tenant).POST('/api/v1/me/email-verifications');
      if (response.ok) return setMessage({ ok: true, text: t('emailNotice.sent') });
      const shown = showProblem(t, error as Problem, {
        'too-many-verification-mails': t('emailNotice.refused.too-many-verification-mails'),
        'email-verified-already': t('emailNotice.refused.email-verified-already'),
      });
      setMessage({ ok: false, text: shown.form ?? Object.values(shown.fields).join(' ') });
    } catch {
      setMessage({ ok: false, text: t('errors.network') });
    }
  };
  return (
    <section className="card" aria-labelledby="email-notice">
      <p id="email-notice">{t('emailNotice.text')}</p>
      <button type="button" onClick={() => void resend()}>
        {t('emailNotice.resend')}
      </button>
      {message && (
        <p className={message.ok ? 'success' : 'error'} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
