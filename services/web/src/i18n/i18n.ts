import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import adminEn from './locales/admin/en.json';
import adminPt from './locales/admin/pt.json';
import adminSv from './locales/admin/sv.json';
import en from './locales/en.json';
import partnerEn from './locales/partner/en.json';
import partnerPt from './locales/partner/pt.json';
import partnerSv from './locales/partner/sv.json';
import pt from './locales/pt.json';
import sv from './locales/sv.json';

/** The languages the app speaks, as the public API names locales. */
export const LOCALES = ['en', 'sv', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Each language's texts by area: the residents' (locales/<locale>.json), the municipality
 * staff's (locales/admin/) and the partners' (locales/partner/). No two areas share a top-level
 * key, and every language has the keys English has (both checked by translations.unit.spec.ts).
 */
export const TEXT_AREAS: Record<Locale, Record<string, unknown>[]> = {
  en: [en, adminEn, partnerEn],
  sv: [sv, adminSv, partnerSv],
  pt: [pt, adminPt, partnerPt],
};

/** Each language's texts, its areas merged. */
export const TRANSLATIONS: Record<Locale, Record<string, unknown>> = {
  en: Object.assign({}, ...TEXT_AREAS.en),
  sv: Object.assign({}, ...TEXT_AREAS.sv),
  pt: Object.assign({}, ...TEXT_AREAS.pt),
};

const STORED = 'citypoints.locale';

/** Keys the app asked for that a language lacks: empty in a complete app (the browser tests read it). */
export const missingKeys: string[] = [];

declare global {
  interface Window {
    /** missingKeys, for the browser tests. */
    citypointsMissingKeys?: string[];
  }
}

/** Whether `value` is one of LOCALES. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language to start in: the one chosen before on this device, else the first of the
 * browser's languages the app speaks (by primary subtag: pt-BR → pt), else English.
 */
export function startLocale(
  stored: string | null,
  browser: readonly string[] = navigator.languages,
): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

/** Starts i18next in startLocale, counting missing keys (missingKeys) instead of showing them silently. */
export async function startI18n(): Promise<void> {
  window.citypointsMissingKeys = missingKeys;
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      LOCALES.map((locale) => [locale, { translation: TRANSLATIONS[locale] }]),
    ),
    lng: startLocale(localStorage.getItem(STORED)),
    fallbackLng: false,
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (languages, _namespace, key) => {
      missingKeys.push(`${languages.join(',')}:${key}`);
    },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

/** Whether the person chose a language on this device (chooseLocale with remember). */
export function hasChosenLocale(): boolean {
  return isLocale(localStorage.getItem(STORED));
}

/**
 * Switches the app to `locale`; `remember` (the default: the person chose it) keeps it on this
 * device over the language their account or browser names.
 */
export async function chooseLocale(locale: Locale, { remember = true } = {}): Promise<void> {
  if (remember) localStorage.setItem(STORED, locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
