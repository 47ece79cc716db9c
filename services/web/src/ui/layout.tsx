import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router-dom';
import { chooseLocale, isLocale, LOCALES } from '../i18n/i18n';
import { useOnline } from './use-online';

/** The language menu, in every page's header. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span>{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          if (isLocale(event.target.value)) void chooseLocale(event.target.value);
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
  const base = `/t/${tenant}`;
  return (
    <>
      <a className="skip" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="top">
        <span className="brand">{t('app.name')}</span>
        {tenant && <span className="town">{tenant}</span>}
        <LanguageSwitch />
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
          <NavLink to={base} end>
            {t('nav.home')}
          </NavLink>
          <NavLink to={`${base}/activities`}>{t('nav.activities')}</NavLink>
          <NavLink to={`${base}/check-in`}>{t('nav.checkIn')}</NavLink>
          <NavLink to={`${base}/boards`}>{t('nav.boards')}</NavLink>
          <NavLink to={`${base}/settings`}>{t('nav.settings')}</NavLink>
        </nav>
      )}
    </>
  );
}
