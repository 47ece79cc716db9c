import { RankingsKeys } from '../core/rankings-keys';
import { Score } from './score';
import { GROUP_BOARD_KEYS, scoreScriptInput } from './score-script-input';

describe("scoreScriptInput: the keys and arguments of ScoreBoards' script", () => {
  const keys = new RankingsKeys('');
  const score: Score = {
    eventId: '0195f0c2-0000-7000-8000-0000000000e1',
    tenantId: 'cascais',
    userId: '0195f0c2-0000-7000-8000-00000000000a',
    points: 25,
    earnedAt: new Date('2027-03-02T10:00:00.000Z'),
    kind: 'earned',
    category: 'culture',
  };
  const boards = [
    { scope: 'people', periodId: '2027-03', category: 'all' },
    { scope: 'people', periodId: '2027-03', category: 'culture' },
  ] as const;
  const settings = { markerMs: 86_400_000, minActiveMembers: 3 };
  const [school, team] = ['0195f0c2-0000-7000-8000-0000000000a1', 'b2'];

  it("passes only the markers and the person's boards when they belong to no group", () => {
    const input = scoreScriptInput(keys, score, boards, [], settings);
    expect(input.keys).toEqual([
      'rankings:{cascais}:applied-on:2027-03-02',
      'rankings:{cascais}:board:people:2027-03:all',
      'rankings:{cascais}:board:people:2027-03:all:reached',
      'rankings:{cascais}:board:people:2027-03:culture',
      'rankings:{cascais}:board:people:2027-03:culture:reached',
      'rankings:{cascais}:applied:0195f0c2-0000-7000-8000-0000000000e1',
    ]);
    expect(input.args).toEqual([
      86_400_000,
      score.userId,
      25,
      score.earnedAt.getTime(),
      2,
      1,
      3,
      0,
      score.eventId,
    ]);
  });

  it("adds, per board, the group board's keys and then each group's contributions", () => {
    const input = scoreScriptInput(keys, score, boards, [school, team], settings);
    const groupKeys = input.keys.slice(1 + 2 * boards.length, -1);
    expect(groupKeys).toHaveLength(boards.length * (GROUP_BOARD_KEYS + 2));
    const culture = 'rankings:{cascais}:board:groups:2027-03:culture';
    expect(groupKeys.slice(GROUP_BOARD_KEYS + 2)).toEqual([
      `${culture}:total`,
      `${culture}:total:reached`,
      `${culture}:average`,
      `${culture}:average:reached`,
      `${culture}:active`,
      `${culture}:active-count`,
      `${culture}:contributions:${school}`,
      `${culture}:contributions:${team}`,
    ]);
    expect(input.args.slice(4)).toEqual([2, 1, 3, 2, school, team, score.eventId]);
  });

  it("keeps every key in the score's tenant's hash tag", () => {
    const input = scoreScriptInput(keys, score, boards, [school], settings);
    expect(input.keys.every((key) => key.startsWith('rankings:{cascais}:'))).toBe(true);
  });

  it('tells the script that a bonus makes nobody active', () => {
    const bonus: Score = { ...score, kind: 'bonus', category: undefined };
    expect(scoreScriptInput(keys, bonus, boards.slice(0, 1), [school], settings).args[5]).toBe(0);
  });
});
