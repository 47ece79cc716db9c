import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsPoints } from './is-points';
import { MAX_POINTS, pointsProblem } from './points';

class Gift {
  @IsPoints()
  points: number;
}

class Correction {
  @IsPoints('signed')
  points: number;
}

const problems = (dto: typeof Gift | typeof Correction, points: unknown) =>
  validateSync(plainToInstance(dto, { points })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );

describe('points', () => {
  it.each([1, 25, MAX_POINTS])('accepts %p points to give', (points) => {
    expect(pointsProblem(points, 'points')).toBeUndefined();
    expect(problems(Gift, points)).toEqual([]);
  });

  it.each([0, -5, 2.5, MAX_POINTS + 1, '5', null, Number.NaN, 2 ** 53])(
    'refuses %p points to give with one message naming the field',
    (points) => {
      expect(problems(Gift, points)).toEqual(['points must be a whole number from 1 to 1000000']);
    },
  );

  it.each([-MAX_POINTS, -1, 1, MAX_POINTS])('accepts a correction of %p', (points) => {
    expect(problems(Correction, points)).toEqual([]);
  });

  it('refuses a correction of 0, or beyond the cap either way', () => {
    expect(problems(Correction, 0)).toEqual(['points must not be 0']);
    for (const points of [-MAX_POINTS - 1, MAX_POINTS + 1, 0.5, '-5']) {
      expect(problems(Correction, points)).toEqual([
        'points must be a whole number from -1000000 to 1000000, not 0',
      ]);
    }
  });
});
