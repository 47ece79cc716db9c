import { normalizeShareCode, shareCodeProblem } from './share-code';

describe('share codes', () => {
  it('forgives case, spaces and dashes as a person types them', () => {
    expect(normalizeShareCode('k7qx-m2pa')).toBe('K7QXM2PA');
    expect(shareCodeProblem(' k7qx m2pa', 'code')).toBeUndefined();
  });

  it('refuses the wrong length and the ambiguous letters, naming the field', () => {
    const problem = 'code must be the 8-character code a person shares';
    expect(shareCodeProblem('K7QXM2P', 'code')).toBe(problem);
    expect(shareCodeProblem('K7QXM2PAB', 'code')).toBe(problem);
    expect(shareCodeProblem('K7QXM2P0', 'code')).toBe(problem);
    expect(shareCodeProblem('K7QXM2PI', 'code')).toBe(problem);
  });
});
