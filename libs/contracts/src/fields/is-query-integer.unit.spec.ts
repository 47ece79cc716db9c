import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsQueryInteger } from './is-query-integer';

class Page {
  @IsQueryInteger(1, 2147483647)
  before: number;
}

const problems = (before: unknown) =>
  validateSync(plainToInstance(Page, { before })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );

describe('IsQueryInteger', () => {
  it.each(['1', '42', '2147483647', '007'])('takes %p as a number', (value) => {
    const page = plainToInstance(Page, { before: value });
    expect(validateSync(page)).toEqual([]);
    expect(page.before).toBe(Number(value));
  });

  it.each([
    ['one past the largest int', '2147483648'],
    ['zero', '0'],
    ['an exponent', '1e3'],
    ['hexadecimal', '0x10'],
    ['a sign', '+5'],
    ['a minus', '-5'],
    ['a leading space', ' 5'],
    ['a fraction', '5.0'],
    ['nothing', ''],
    ['a repeated parameter', ['1', '2']],
    ['a nested parameter', { gt: '1' }],
    ['a huge number', '9'.repeat(400)],
  ])('refuses %s, naming the field', (_, value) => {
    expect(problems(value)).toContain('before must be a whole number from 1 to 2147483647');
  });
});
