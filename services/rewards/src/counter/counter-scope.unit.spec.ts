import { randomUUID } from 'node:crypto';
import { counterScope } from './counter-scope';

describe('counterScope', () => {
  it("lets admins check every partner's vouchers", () => {
    expect(counterScope({ kind: 'admin' })).toEqual({ kind: 'every-partner' });
  });

  it("lets staff check their partner's vouchers, and unbound staff none", () => {
    const partnerId = randomUUID();
    expect(counterScope({ kind: 'staff', userId: randomUUID(), partnerId })).toEqual({
      kind: 'partner',
      partnerId,
    });
    expect(counterScope({ kind: 'staff', userId: randomUUID() })).toEqual({ kind: 'partner' });
  });

  it('refuses residents and everyone else', () => {
    expect(() => counterScope({ kind: 'reader' })).toThrow(
      expect.objectContaining({ kind: 'forbidden', code: 'partner-staff-only' }),
    );
  });
});
