import { activityOf } from '../testing/activity-of';
import { posterContent } from './poster-content';

describe('posterContent', () => {
  it("takes the titles in the tenant's language order, the points and both forms of the code", () => {
    const activity = activityOf({ titles: { pt: 'Limpeza de praia', en: 'Beach clean-up' } });
    const codes = { code: 'CP1.S.x', typedCode: 'ABCD-EFGH-JKMN-PQRS', generation: 1 };
    expect(posterContent(activity, codes)).toEqual({
      titles: [
        { locale: 'en', text: 'Beach clean-up' },
        { locale: 'pt', text: 'Limpeza de praia' },
      ],
      points: 50,
      code: 'CP1.S.x',
      typedCode: 'ABCD-EFGH-JKMN-PQRS',
    });
  });
});
