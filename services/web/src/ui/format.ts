import { useTranslation } from 'react-i18next';

/** Numbers, distances and times in the current language's conventions (Intl). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    /** A whole number, grouped as the language writes it (1 234 in Swedish). */
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    /** A distance given in metres: metres under 1 km, else kilometres with one decimal. */
    distance: (metres: number) =>
      metres < 1000
        ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter' }).format(Math.round(metres))
        : new Intl.NumberFormat(locale, {
            style: 'unit',
            unit: 'kilometer',
            maximumFractionDigits: 1,
          }).format(metres / 1000),
    /** An instant (ISO 8601) as a date and time. */
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      ),
  };
}
