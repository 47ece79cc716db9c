import { inLanguage } from './in-language';

describe('inLanguage', () => {
  const titles = { en: 'Beach clean-up', pt: 'Limpeza de praia' };

  it('answers the text in the language asked for', () => {
    expect(inLanguage(titles, ['pt', 'en'])).toEqual({ language: 'pt', text: 'Limpeza de praia' });
  });

  it("falls back to the next preference (the tenant's default), then to any language", () => {
    expect(inLanguage(titles, ['sv', 'en'])).toEqual({ language: 'en', text: 'Beach clean-up' });
    expect(inLanguage({ pt: 'Dádiva de sangue' }, ['sv', 'en'])).toEqual({
      language: 'pt',
      text: 'Dádiva de sangue',
    });
    expect(inLanguage({ sv: 'Blodgivning' }, [undefined])).toEqual({
      language: 'sv',
      text: 'Blodgivning',
    });
  });

  it('answers nothing when there is no text', () => {
    expect(inLanguage({}, ['en'])).toBeUndefined();
  });
});
