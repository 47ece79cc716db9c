import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsInstant } from './is-instant';

class Sale {
  @IsInstant()
  endsAt: unknown;
}

const problems = (endsAt: unknown) =>
  validateSync(plainToInstance(Sale, { endsAt })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );

describe('IsInstant', () => {
  it.each([
    '2027-05-01T00:00:00Z',
    '2027-05-01T10:00Z',
    '2027-05-01T10:00:00.123Z',
    '2027-05-01T10:00:00+01:00',
    '2027-05-01T10:00:00-03:00',
  ])('takes %p', (value) => {
    expect(problems(value)).toEqual([]);
  });

  it.each([
    ['a date without a time', '2027-05-01'],
    ['a local time without a zone', '2027-05-01T10:00:00'],
    ['a day that does not exist', '2027-02-30T10:00:00Z'],
    ['words', 'tomorrow'],
    ['a number', 1809302400000],
  ])('refuses %s, naming the field', (_case, value) => {
    expect(problems(value)).toEqual([
      'endsAt must be an ISO 8601 date-time with a time zone (Z or ±hh:mm)',
    ]);
  });
});
