import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { apiOf, forgetSession, loadSession } from '../session/session';
import { LanguageSwitch } from '../ui/layout';
import { Page } from '../ui/layout';

/** The resident's settings: the app's language and signing out of this device. */
export function Settings() {
  const { t } = useTranslation();
  const { tenant = '' } = useParams();
  const navigate = useNavigate();
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
      <LanguageSwitch />
      <ul className="links">
        {(['card', 'groups', 'causes', 'privacy'] as const).map((page) => (
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
