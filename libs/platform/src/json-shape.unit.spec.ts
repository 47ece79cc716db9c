import { jsonShapeProblem } from './json-shape';

/** A value nested `levels` deep: [[[…]]]. */
function nested(levels: number): unknown {
  return JSON.parse('['.repeat(levels) + ']'.repeat(levels));
}

describe('the shape a request body may have', () => {
  it('lets through bodies up to 10 levels deep and 1000 fields and items', () => {
    expect(jsonShapeProblem(nested(10))).toBeUndefined();
    expect(jsonShapeProblem({ list: Array.from({ length: 999 }, (_, i) => i) })).toBeUndefined();
    expect(jsonShapeProblem('text')).toBeUndefined();
    expect(jsonShapeProblem(null)).toBeUndefined();
  });

  it('refuses a body nested 30,000 levels deep without overflowing the stack', () => {
    expect(jsonShapeProblem(nested(30_000))).toBe('the body must be nested at most 10 levels deep');
    expect(jsonShapeProblem(nested(11))).toBe('the body must be nested at most 10 levels deep');
  });

  it('refuses more than 1000 fields and list items in all, however they are spread', () => {
    const tooMany = 'the body must hold at most 1000 fields and list items';
    expect(jsonShapeProblem(Array.from({ length: 1001 }, () => 0))).toBe(tooMany);
    const keys = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`k${i}`, i]));
    expect(jsonShapeProblem({ a: keys, b: keys })).toBe(tooMany);
  });
});
