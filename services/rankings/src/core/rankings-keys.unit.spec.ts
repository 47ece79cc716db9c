import { RankingsKeys } from './rankings-keys';

describe("RankingsKeys: rankings' Redis keys", () => {
  const keys = new RankingsKeys('run-1.');
  const week = { scope: 'people', periodId: '2027-W01', category: 'culture' } as const;

  it("puts every key of a tenant in the tenant's hash tag, under the prefix", () => {
    expect(keys.board('cascais', week)).toBe(
      'run-1.rankings:{cascais}:board:people:2027-W01:culture',
    );
    expect(keys.reached('cascais', week)).toBe(
      'run-1.rankings:{cascais}:board:people:2027-W01:culture:reached',
    );
    expect(keys.applied('cascais', '0195F0C2-AAAA-7BBB-8CCC-DDDDDDDDDDDD')).toBe(
      'run-1.rankings:{cascais}:applied:0195f0c2-aaaa-7bbb-8ccc-dddddddddddd',
    );
  });

  it("keeps a group board's keys in the tenant's hash tag, apart from people's", () => {
    const month = { periodId: '2027-03', category: 'all' } as const;
    const group = '0195f0c2-0000-7000-8000-0000000000c1';
    const tenantKeys = [
      keys.groupBoard('cascais', month, 'total'),
      keys.groupReached('cascais', month, 'total'),
      keys.groupBoard('cascais', month, 'average'),
      keys.groupReached('cascais', month, 'average'),
      keys.activeMembers('cascais', month),
      keys.activeCounts('cascais', month),
      keys.contributions('cascais', month, group),
    ];
    expect(tenantKeys).toEqual([
      'run-1.rankings:{cascais}:board:groups:2027-03:all:total',
      'run-1.rankings:{cascais}:board:groups:2027-03:all:total:reached',
      'run-1.rankings:{cascais}:board:groups:2027-03:all:average',
      'run-1.rankings:{cascais}:board:groups:2027-03:all:average:reached',
      'run-1.rankings:{cascais}:board:groups:2027-03:all:active',
      'run-1.rankings:{cascais}:board:groups:2027-03:all:active-count',
      `run-1.rankings:{cascais}:board:groups:2027-03:all:contributions:${group}`,
    ]);
    expect(new Set(tenantKeys).size).toBe(tenantKeys.length);
    expect(tenantKeys).not.toContain(keys.board('cascais', { scope: 'people', ...month }));
  });

  it("keeps the tenant's hidden people and their mirror's version in its hash tag", () => {
    expect(keys.hiddenPeople('cascais')).toBe('run-1.rankings:{cascais}:hidden-people');
    expect(keys.hiddenPeopleVersion('cascais')).toBe(
      'run-1.rankings:{cascais}:hidden-people:version',
    );
  });

  it('keeps the boards of two tenants apart', () => {
    expect(keys.board('sintra', week)).not.toBe(keys.board('cascais', week));
  });
});
