import { randomBytes, randomUUID } from 'node:crypto';
import { matchesTypedCode } from './matches-typed-code';
import { typedActivityCode } from './typed-activity-code';

describe('typed codes', () => {
  const key = randomBytes(32);
  const subject = { tenantId: 'cascais', activityId: randomUUID(), generation: 1 };
  const typed = typedActivityCode(key, subject);

  it('are printed in four groups of four', () => {
    expect(typed).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('match however a person types them', () => {
    expect(matchesTypedCode(key, subject, typed)).toBe(true);
    expect(matchesTypedCode(key, subject, ` ${typed.toLowerCase().replace(/-/g, ' ')} `)).toBe(
      true,
    );
    expect(matchesTypedCode(key, subject, typed.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(true);
  });

  it('do not match another activity, a rotated secret or a wrong character', () => {
    expect(matchesTypedCode(key, { ...subject, activityId: randomUUID() }, typed)).toBe(false);
    expect(matchesTypedCode(key, { ...subject, generation: 2 }, typed)).toBe(false);
    const wrong = (typed[0] === 'A' ? 'B' : 'A') + typed.slice(1);
    expect(matchesTypedCode(key, subject, wrong)).toBe(false);
    expect(matchesTypedCode(key, subject, typed.slice(0, -1))).toBe(false);
    expect(matchesTypedCode(key, subject, 'x'.repeat(10_000))).toBe(false);
  });
});
