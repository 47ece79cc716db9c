import { CATEGORIES } from '../pages/categories';
import { REJECTION_REASONS } from '../pages/reasons';
import { LOCALES, startLocale, TEXT_AREAS, TRANSLATIONS } from './i18n';

// Every key of a nested translation object, dotted: `home.points_one`.
function keysOf(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const MOVEMENT_KINDS = [
  'earn',
  'bonus',
  'spend',
  'refund',
  'transfer',
  'donate',
  'adjust',
  'expire',
  'forfeit',
];

describe('the translations: every text in English, Swedish and Portuguese', () => {
  const english = keysOf(TRANSLATIONS.en).sort();

  it.each(LOCALES)('%s has exactly the keys English has, none of them empty', (locale) => {
    expect(keysOf(TRANSLATIONS[locale]).sort()).toEqual(english);
    const empty = keysOf(TRANSLATIONS[locale]).filter((key) => {
      const value = key
        .split('.')
        .reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], TRANSLATIONS[locale]);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s: no two areas of texts share a top-level key', (locale) => {
    const keys = TEXT_AREAS[locale].flatMap((area) => Object.keys(area));
    expect(keys.filter((key, at) => keys.indexOf(key) !== at)).toEqual([]);
    expect(keys.length).toBeGreaterThan(20);
  });

  it('explains every rejection reason, category and movement kind the public API names', () => {
    const wanted = [
      ...Object.keys(REJECTION_REASONS).map((code) => `reason.${code}`),
      ...CATEGORIES.map((category) => `category.${category}`),
      ...MOVEMENT_KINDS.map((kind) => `movement.${kind}`),
    ];
    expect(wanted.filter((key) => !english.includes(key))).toEqual([]);
    expect(wanted.length).toBeGreaterThan(30);
  });

  it('starts in the language chosen before, else the browser’s first one it speaks, else English', () => {
    expect(startLocale('sv', ['pt-PT'])).toBe('sv');
    expect(startLocale(null, ['de-DE', 'pt-BR', 'sv'])).toBe('pt');
    expect(startLocale('xx', ['fi'])).toBe('en');
  });
});
