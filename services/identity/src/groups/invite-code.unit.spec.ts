import { INVITE_CODE } from '@citypoints/contracts';
import { newInviteCode } from './invite-code';

describe('invite codes', () => {
  it('are 10 unambiguous characters, different each time', () => {
    const codes = Array.from({ length: 200 }, newInviteCode);
    for (const code of codes) expect(code).toMatch(INVITE_CODE);
    expect(codes.join('')).not.toMatch(/[01OIL]/);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
