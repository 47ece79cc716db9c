import { randomBytes, randomUUID } from 'node:crypto';
import { readActivityCode } from './read-activity-code';
import { rotatingActivityCode } from './rotating-activity-code';
import { rotatingCodeProblem } from './rotating-code-problem';

describe('rotatingCodeProblem', () => {
  const key = randomBytes(32);
  const subject = { tenantId: 'sigtuna', activityId: randomUUID(), generation: 3 };
  const shownAt = new Date('2027-03-28T00:59:31Z');
  const stepOf = (code: string) => {
    const read = readActivityCode(key, code);
    if (!('code' in read) || read.code.kind !== 'rotating') throw new Error('not rotating');
    return read.code.step;
  };
  const step = stepOf(rotatingActivityCode(key, subject, shownAt));
  const later = (seconds: number) => new Date(shownAt.getTime() + seconds * 1000);

  it('gives a new code every 30 seconds', () => {
    const codes = [0, 10, 30, 60].map((s) => rotatingActivityCode(key, subject, later(s)));
    expect(codes[1]).toBe(codes[0]);
    expect(new Set(codes).size).toBe(3);
  });

  it('accepts a code scanned while it shows, or just after it changed', () => {
    expect(rotatingCodeProblem(step, later(5))).toBeUndefined();
    expect(rotatingCodeProblem(step, later(35))).toBeUndefined();
    expect(rotatingCodeProblem(step, later(-25))).toBeUndefined();
  });

  it('refuses a code copied from the screen two minutes later', () => {
    expect(rotatingCodeProblem(step, later(120))).toBe('expired-code');
  });

  it('refuses a code from a screen whose clock runs minutes ahead', () => {
    expect(rotatingCodeProblem(step, later(-120))).toBe('expired-code');
  });
});
