import { Caller } from './caller';
import { endedSession } from './ended-session';

const caller: Caller = {
  userId: '0194f1de-0000-7000-8000-000000000001',
  tenant: 'cascais',
  role: 'citizen',
  generation: 2,
  expiresAt: Date.now() + 60_000,
};
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('endedSession', () => {
  it("ends the caller's sessions one generation past their token's", () => {
    expect(endedSession('caller', 'cascais', caller, Buffer.alloc(0))).toEqual({
      tenant: 'cascais',
      userId: caller.userId,
      generation: 3,
    });
  });

  it('ends the sessions of the person identity names, at the generation it names', () => {
    const userId = '0194f1de-0000-7000-8000-000000000002';
    expect(endedSession('answer', 'cascais', undefined, json({ userId, generation: 5 }))).toEqual({
      tenant: 'cascais',
      userId,
      generation: 5,
    });
  });

  it.each([
    ['no answer', Buffer.alloc(0)],
    ['an answer that is not JSON', Buffer.from('done')],
    ['null', json(null)],
    ['no generation', json({ userId: 'u' })],
    ['a generation that is not a whole number', json({ userId: 'u', generation: '5' })],
    ['no person', json({ generation: 5 })],
  ])('names nobody for %s, leaving it to SessionsRevoked', (_kind, answer) => {
    expect(endedSession('answer', 'cascais', undefined, answer)).toBeUndefined();
  });
});
