import { decideTimeout } from './decide-timeout';

describe('decideTimeout', () => {
  it('asks again while fewer than the most asks went out', () => {
    expect(decideTimeout(1, 3)).toBe('ask-again');
    expect(decideTimeout(2, 3)).toBe('ask-again');
  });

  it('fails a redemption asked the most times', () => {
    expect(decideTimeout(3, 3)).toBe('fail');
    expect(decideTimeout(1, 1)).toBe('fail');
  });
});
