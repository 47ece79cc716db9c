import { DomainError } from '@citypoints/contracts';
import {
  formatVoucherCode,
  newVoucherCode,
  normalizeVoucherCode,
  VOUCHER_CODE_RANDOM_CHARS,
} from './voucher-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function refusal(input: string): string | undefined {
  try {
    normalizeVoucherCode(input);
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('voucher codes: 80 random bits people can read out and type, with a check character', () => {
  it('makes codes of 16 random characters and a check character, shown in groups of four', () => {
    const code = newVoucherCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]$/);
    expect(normalizeVoucherCode(code)).toBe(code.replace(/-/g, ''));
    expect(formatVoucherCode(normalizeVoucherCode(code))).toBe(code);
  });

  it('draws every character from the whole alphabet, and no two codes alike', () => {
    const codes = Array.from({ length: 2000 }, newVoucherCode);
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set(codes.flatMap((code) => [...code.replace(/-/g, '').slice(0, -1)]));
    expect([...seen].sort().join('')).toBe(ALPHABET);
    // 16 characters of 5 bits each.
    expect(VOUCHER_CODE_RANDOM_CHARS * Math.log2(ALPHABET.length)).toBeGreaterThanOrEqual(80);
  });

  it('reads what people type: small letters, spaces, no dashes, I and L for 1, O for 0', () => {
    const code = normalizeVoucherCode(newVoucherCode());
    const typed = code.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
    expect(normalizeVoucherCode(` ${typed.slice(0, 8)} ${typed.slice(8)} `)).toBe(code);
  });

  it('catches every single mistyped character', () => {
    for (let n = 0; n < 50; n++) {
      const code = normalizeVoucherCode(newVoucherCode());
      for (let i = 0; i < code.length; i++) {
        for (const other of ALPHABET) {
          if (other === code[i]) continue;
          const typo = code.slice(0, i) + other + code.slice(i + 1);
          expect({ typo, refused: refusal(typo) }).toEqual({
            typo,
            refused: 'mistyped-voucher-code',
          });
        }
      }
    }
  });

  it('catches every swap of two neighbours except 0 and Z', () => {
    for (let n = 0; n < 200; n++) {
      const code = normalizeVoucherCode(newVoucherCode());
      for (let i = 0; i + 1 < code.length; i++) {
        const [a, b] = [code[i], code[i + 1]];
        if (a === b || (a === '0' && b === 'Z') || (a === 'Z' && b === '0')) continue;
        const swapped = code.slice(0, i) + b + a + code.slice(i + 2);
        expect({ swapped, refused: refusal(swapped) }).toEqual({
          swapped,
          refused: 'mistyped-voucher-code',
        });
      }
    }
  });

  it.each([
    ['too short', 'ABCD-EFGH'],
    ['too long', 'ABCD-EFGH-JKMN-PQRS-TV'],
    ['a U', 'ABCD-EFGH-JKMN-PQRU-T'],
    ['punctuation', 'ABCD.EFGH.JKMN.PQRS.T'],
    ['nothing', ''],
  ])('refuses %s as malformed, naming the code', (_, input) => {
    expect(() => normalizeVoucherCode(input)).toThrow(
      expect.objectContaining({ code: 'malformed-voucher-code', field: 'code', kind: 'invalid' }),
    );
  });
});
