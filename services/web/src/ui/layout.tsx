import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router-dom';
import { ADMIN_TABS } from '../admin/admin-pages';
import { chooseLocale, isLocale, LOCALES } from '../i18n/i18n';
import { PARTNER_TABS } from '../partner/partner-pages';
import { useProfile } from '../session/profile';
import { apiOf, loadSession } from '../session/session';
import { useOnline } from './use-online';

/**
 * The language menu, in every page's header: the choice is kept on this device and, when
 * signed in, in the person's account (PATCH /me), so that their mails and other devices follow.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { tenant } = useParams();
  return (
    <label className="language">
      <span>{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          const locale = event.target.value;
          if (!isLocale(locale)) return;
          void chooseLocale(locale);
          if (tenant && loadSession(tenant)) {
            void apiOf(tenant)
              .PATCH('/api/v1/me', { body: { locale } })
              .catch(() => undefined);
          }
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A page's frame: a skip link, the header with the town and the language, the page's title as
 * its one h1, its content, and (when `signedIn`) the main navigation at the bottom, as thumbs
 * reach it on a phone.
 */
export function Page({
  title,
  children,
  signedIn = true,
}: {
  title: string;
  children: ReactNode;
  signedIn?: boolean;
}) {
  const { t } = useTranslation();
  const { tenant } = useParams();
  const online = useOnline();
  const profile = useProfile();
  const base = `/t/${tenant}`;
  const tabs = tabsFor(profile?.role ?? 'citizen');
  return (
    <>
      <a className="skip" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="top">
        <span className="brand">{t('app.name')}</span>
        {tenant && <span className="town">{tenant}</span>}
        <LanguageSwitch />
        {signedIn && tenant && (
          <NavLink className="account" to={`/t/${tenant}/settings`}>
            {t('nav.settings')}
          </NavLink>
        )}
      </header>
      {!online && (
        <p className="banner" role="status">
          {t('app.offline')}
        </p>
      )}
      <main id="content" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
      {signedIn && tenant && (
        <nav className="tabs" aria-label={t('nav.label')}>
          {tabs.map(([path, label]) => (
            <NavLink key={path} to={`${base}${path}`} end={path === ''}>
              {t(`nav.${label}`)}
            </NavLink>
          ))}
        </nav>
      )}
    </>
  );
}

type Role = NonNullable<ReturnType<typeof useProfile>>['role'];

/**
 * The main navigation of a role, at the bottom: [path under the town, label key under `nav.`].
 * The account's page (settings) is in the header for every role.
 */
export function tabsFor(role: Role): [string, string][] {
  switch (role) {
    case 'partner-staff':
      return PARTNER_TABS;
    case 'verifier':
      return [['/steward', 'steward']];
    case 'tenant-admin':
      return ADMIN_TABS;
    default:
      return [
        ['', 'home'],
        ['/activities', 'activities'],
        ['/check-in', 'checkIn'],
        ['/offers', 'offers'],
        ['/boards', 'boards'],
      ];
  }
}
