import { randomUUID } from 'node:crypto';
import { cardHolderRefusal } from './card-holder-rule';

describe('who may act on personal cards', () => {
  const holder = randomUUID();
  const as = (role: string, tenant = 'cascais', userId: string = randomUUID()) =>
    ({ userId, tenant, role }) as Parameters<typeof cardHolderRefusal>[0];

  it('lets the person act on their own cards, whatever their role or the capitals of the id', () => {
    expect(cardHolderRefusal(as('citizen', 'cascais', holder), 'cascais', holder)).toBeUndefined();
    const upper = holder.toUpperCase();
    expect(cardHolderRefusal(as('verifier', 'cascais', upper), 'cascais', holder)).toBeUndefined();
  });

  it("lets the tenant's admins act on anyone's cards of their tenant", () => {
    expect(cardHolderRefusal(as('tenant-admin'), 'cascais', holder)).toBeUndefined();
  });

  it('lets a tool acting for nobody act', () => {
    expect(cardHolderRefusal(undefined, 'cascais', holder)).toBeUndefined();
  });

  it.each([
    ['a citizen', as('citizen')],
    ['a verifier', as('verifier')],
    ['partner staff', as('partner-staff')],
    ['a platform operator', as('platform-operator')],
    ["another tenant's admin", as('tenant-admin', 'stockholm')],
    ['the same id in another tenant', as('citizen', 'stockholm', holder)],
  ])("refuses %s acting on someone else's cards, naming the rule", (_who, actor) => {
    expect(cardHolderRefusal(actor, 'cascais', holder)).toBe(
      "only the person and their tenant's admins may issue, list or revoke personal cards",
    );
  });
});
