import { randomBytes, randomUUID } from 'node:crypto';
import { readActivityCode } from './read-activity-code';
import { rotatingActivityCode } from './rotating-activity-code';
import { rotationStep } from './rotation-step';
import { staticActivityCode } from './static-activity-code';

describe('readActivityCode', () => {
  const key = randomBytes(32);
  const subject = { tenantId: 'cascais', activityId: randomUUID(), generation: 1 };
  const poster = staticActivityCode(key, subject);

  it('reads a poster code back to its activity', () => {
    expect(poster).toMatch(/^CP1\.S\.cascais\.[0-9a-f-]{36}\.1\.[0-9A-Z]{16}$/);
    expect(readActivityCode(key, poster)).toEqual({ code: { ...subject, kind: 'static' } });
  });

  it('reads a screen code back with its rotation step', () => {
    const at = new Date('2027-06-01T10:00:15Z');
    const code = rotatingActivityCode(key, subject, at);
    expect(readActivityCode(key, code)).toEqual({
      code: { ...subject, kind: 'rotating', step: rotationStep(at) },
    });
  });

  it('refuses a code made with another key, or for another generation, as a bad signature', () => {
    expect(readActivityCode(randomBytes(32), poster)).toEqual({ refused: 'bad-signature' });
    const rotated = staticActivityCode(key, { ...subject, generation: 2 });
    const old = rotated.replace('.2.', '.1.');
    expect(readActivityCode(key, old)).toEqual({ refused: 'bad-signature' });
  });

  it.each([
    ['another tenant', (code: string) => code.replace('.cascais.', '.sigtuna.')],
    ['another activity', (code: string) => code.replace(subject.activityId, randomUUID())],
    ['a changed signature', (code: string) => code.slice(0, -1) + (code.endsWith('0') ? '1' : '0')],
  ])('refuses %s as a bad signature', (_, alter) => {
    expect(readActivityCode(key, alter(poster))).toEqual({ refused: 'bad-signature' });
  });

  it.each([
    ['truncated', poster.slice(0, -3)],
    ['empty', ''],
    ['another app', 'https://example.org/menu'],
    ['an unknown kind', poster.replace('CP1.S.', 'CP1.X.')],
    ['a lower-case signature', poster.replace(/[A-Z0-9]{16}$/, (mac) => mac.toLowerCase())],
    ['a generation of 0', poster.replace('.1.', '.0.')],
    ['a step on a static code', poster.replace(/(\.[^.]+)$/, '.123$1')],
    ['a very long text', `${poster}${'A'.repeat(200)}`],
    ['an upper-case tenant', poster.replace('.cascais.', '.CASCAIS.')],
  ])('refuses a %s code as malformed', (_, text) => {
    expect(readActivityCode(key, text)).toEqual({ refused: 'malformed-code' });
  });
});
