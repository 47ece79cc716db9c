import { DEFAULT_MAX_ACTIVITY_POINTS, DomainError } from '@citypoints/contracts';
import { activityOf } from '../testing/activity-of';
import { assertTenantRules } from './assert-tenant-rules';

describe('assertTenantRules', () => {
  const refusal = (run: () => void) => {
    try {
      run();
    } catch (error) {
      const { kind, code, field } = error as DomainError;
      return { kind, code, field };
    }
    return undefined;
  };
  const lisbon = { timeZone: 'Europe/Lisbon' };

  it("refuses points above the tenant's maximum, naming points", () => {
    const activity = activityOf({ points: 301 });
    const settings = { ...lisbon, maxActivityPoints: 300 };
    expect(refusal(() => assertTenantRules(activity, settings))).toEqual({
      kind: 'invalid',
      code: 'points-above-maximum',
      field: 'points',
    });
    expect(refusal(() => assertTenantRules(activityOf({ points: 300 }), settings))).toBeUndefined();
  });

  it('holds points to the default maximum when the tenant set none or is not known', () => {
    const over = activityOf({ points: DEFAULT_MAX_ACTIVITY_POINTS + 1 });
    const at = activityOf({ points: DEFAULT_MAX_ACTIVITY_POINTS });
    for (const settings of [undefined, lisbon]) {
      expect(refusal(() => assertTenantRules(over, settings))?.field).toBe('points');
      expect(refusal(() => assertTenantRules(at, settings))).toBeUndefined();
    }
  });

  it("needs a title in the tenant's default language, naming it", () => {
    const english = activityOf({ titles: { en: 'Beach clean-up' } });
    const settings = { ...lisbon, defaultLocale: 'pt' as const };
    expect(refusal(() => assertTenantRules(english, settings))).toEqual({
      kind: 'invalid',
      code: 'title-required',
      field: 'titles.pt',
    });
    const portuguese = activityOf({ titles: { pt: 'Limpeza de praia' } });
    expect(refusal(() => assertTenantRules(portuguese, settings))).toBeUndefined();
  });

  it('needs an English title while the default language is not known', () => {
    const portuguese = activityOf({ titles: { pt: 'Limpeza de praia' } });
    for (const settings of [undefined, lisbon]) {
      expect(refusal(() => assertTenantRules(portuguese, settings))?.field).toBe('titles.en');
    }
    expect(refusal(() => assertTenantRules(activityOf(), undefined))).toBeUndefined();
  });
});
