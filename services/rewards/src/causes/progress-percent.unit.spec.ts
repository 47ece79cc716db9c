import { progressPercent } from './progress-percent';

describe('progressPercent', () => {
  it.each([
    [0, 1000, 0],
    [250, 1000, 25],
    [999, 1000, 99],
    [1000, 1000, 100],
    [5000, 1000, 100],
    [1, 3, 33],
  ])('counts %p points of a %p point target as %p percent', (donated, target, percent) => {
    expect(progressPercent(donated, target)).toBe(percent);
  });

  it('has no progress without a target', () => {
    expect(progressPercent(500)).toBeUndefined();
  });
});
