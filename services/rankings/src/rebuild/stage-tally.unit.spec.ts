import { reachedDigits } from './stage-tally';

describe("reachedDigits: a board member's digits as the scoring script writes them", () => {
  it.each([
    [0, '9999999999999'],
    [1_806_228_000_000, '8193771999999'],
    [9_999_999_999_990, '0000000000009'],
    [-1, '10000000000000'],
    [10_000_000_000_004, '-000000000005'],
  ])("writes %p ms as Lua's %%013.0f of 9999999999999 less it: %p", (instant, digits) => {
    expect(reachedDigits(instant)).toBe(digits);
  });
});
