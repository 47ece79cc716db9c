import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsQueryDegrees } from './is-query-degrees';

class Position {
  @IsQueryDegrees(90)
  latitude: number;
}

const problems = (latitude: unknown) =>
  validateSync(plainToInstance(Position, { latitude })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );

describe('IsQueryDegrees', () => {
  it.each(['38.6979', '-9.4215', '90', '-90', '0', '0.000000000000001'])(
    'takes %p as a number',
    (value) => {
      const position = plainToInstance(Position, { latitude: value });
      expect(validateSync(position)).toEqual([]);
      expect(position.latitude).toBe(Number(value));
    },
  );

  it.each([
    ['just past the pole', '90.0001'],
    ['far south', '-91'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['an exponent', '1e1'],
    ['hexadecimal', '0x10'],
    ['a plus sign', '+5'],
    ['a leading space', ' 5'],
    ['a trailing dot', '5.'],
    ['nothing', ''],
    ['a word', 'north'],
    ['a repeated parameter', ['1', '2']],
    ['a nested parameter', { gt: '1' }],
  ])('refuses %s, naming the field', (_, value) => {
    expect(problems(value)).toEqual(['latitude must be a number of degrees from -90 to 90']);
  });
});
