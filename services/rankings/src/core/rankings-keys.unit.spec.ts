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

  it('keeps the boards of two tenants apart', () => {
    expect(keys.board('sintra', week)).not.toBe(keys.board('cascais', week));
  });
});
