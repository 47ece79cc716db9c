import { LOCALES } from '@citypoints/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CauseInputDto } from './cause-input.dto';

const text = { title: 'Food bank', description: 'Meals for families in need.' };

// As the services validate: undeclared fields refused, at any depth.
const refusedFields = (body: object): string[] => {
  const errors = validateSync(plainToInstance(CauseInputDto, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  const paths = (error: ValidationError, parent = ''): string[] => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [path] : [];
    return [...own, ...(error.children ?? []).flatMap((child) => paths(child, path))];
  };
  return errors.flatMap((error) => paths(error));
};

describe('CauseInputDto', () => {
  it.each(LOCALES)('takes a cause written only in %s', (locale) => {
    expect(refusedFields({ texts: { [locale]: text }, target: 1 })).toEqual([]);
  });

  it.each([
    ['no language at all', { texts: {} }, 'texts'],
    ['a language that is not one of LOCALES', { texts: { en: text, de: text } }, 'texts.de'],
    ['an empty title', { texts: { en: { ...text, title: ' ' } } }, 'texts.en.title'],
    ['a missing description', { texts: { pt: { title: 'Banco' } } }, 'texts.pt.description'],
    ['a target of 0', { texts: { en: text }, target: 0 }, 'target'],
    ['a fractional target', { texts: { en: text }, target: 1.5 }, 'target'],
    ['an http image', { texts: { en: text }, imageUrl: 'http://a.pt/b.jpg' }, 'imageUrl'],
  ])('refuses %s, naming the field', (_case, body, field) => {
    expect(refusedFields(body)).toEqual([field]);
  });
});
