import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { INVITE_CODE, normalizeInviteCode } from './invite-code';
import { IsInviteCode } from './is-invite-code';

class Join {
  @IsInviteCode()
  inviteCode: string;
}

const problems = (inviteCode: unknown) =>
  validateSync(plainToInstance(Join, { inviteCode })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );

describe('invite codes', () => {
  it('forgive case, spaces and dashes as typed', () => {
    expect(normalizeInviteCode(' abcde-fghjk ')).toBe('ABCDEFGHJK');
    expect(normalizeInviteCode('ABCDE FGHJK')).toMatch(INVITE_CODE);
  });

  it('are taken as typed and passed on normalised', () => {
    const join = plainToInstance(Join, { inviteCode: 'k7qx-m2pa9r' });
    expect(validateSync(join)).toEqual([]);
    expect(join.inviteCode).toBe('K7QXM2PA9R');
  });

  it.each([
    ['too short', 'K7QX-M2PA9'],
    ['an ambiguous character', 'K7QX-M2PA90'],
    ['a bidi override', 'K7QX\u202eM2PA9R'],
  ])('refuse one %s, naming the field', (_, inviteCode) => {
    expect(problems(inviteCode)).toEqual([
      'inviteCode must be the 10-character code of an invitation',
    ]);
  });
});
