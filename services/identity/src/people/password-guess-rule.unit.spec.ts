import { passwordGuessProblem } from './password-guess-rule';

describe('passwordGuessProblem', () => {
  const ana = {
    email: 'ana.silva@demo-town.example',
    displayName: 'Ana Silva',
    tenant: 'demo-town',
  };

  it.each([
    ['repeated characters', 'aaaaaaaaa1', 'Repeated characters like "aaa" are easy to guess.'],
    ['a repeated pattern', 'abcabcabc1', 'Repeated character patterns like "abcabcabc"'],
    ['a sequence', 'abcdefghi1', 'Common character sequences like "abc"'],
    ['a disguised breached password', 'P@ssw0rd123', 'similar to a commonly used password'],
    ['a keyboard row', 'qwertyuiop12', 'similar to a commonly used password'],
    ['the tenant and a year', 'demo-town-2026', 'personal or page related data'],
  ])('refuses %p, giving zxcvbn’s warning', (_, password, warning) => {
    expect(passwordGuessProblem(password, 'password', ana)).toMatch(
      /^password is too easy to guess: /,
    );
    expect(passwordGuessProblem(password, 'password', ana)).toContain(warning);
  });

  it('refuses the person’s own e-mail address with a digit, naming the field', () => {
    expect(passwordGuessProblem('ana.silva@demo-town.example1', 'newPassword', ana)).toMatch(
      /^newPassword is too easy to guess/,
    );
  });

  it('finds the tenant’s name through the context, not a dictionary', () => {
    const elsewhere = { ...ana, tenant: 'cascais', email: 'ana@example.org' };
    expect(passwordGuessProblem('demo-town-2026', 'password', elsewhere)).toBeUndefined();
  });

  const person = (displayName: string, email: string, tenant: string) => ({
    displayName,
    email,
    tenant,
  });
  it.each([
    ['correct horse battery', person('Ana Silva', '0f8e7d6c@example.org', 'people-town')],
    ['correct horse battery', person('Rui Costa', '0f8e7d6c@example.org', 'bench-town')],
    ['beach-clean-up-2026', person('Ana', 'ana@demo-town.example', 'demo-town')],
    ['ana-likes-beaches-7', person('ana', 'ana@journey-0f8e7d6c.example', 'journey-0f8e7d6c')],
    ['rui-likes-beaches-7', person('rui', 'rui@journey-0f8e7d6c.example', 'journey-0f8e7d6c')],
    ['Rui-likes-the-sea-7', person('Rui', 'rui@demo-town.example', 'demo-town')],
    ['a brand new passphrase', person('Ana Silva', '0f8e7d6c@example.org', 'reset-town')],
    ['a new horse battery staple', person('Ana Silva', '0f8e7d6c@example.org', 'revoke-town')],
    ['a new horse battery', person('Ana Silva', '0f8e7d6c@example.org', 'gateway-town')],
  ])('accepts %p, which the tests and the demo use', (password, context) => {
    expect(passwordGuessProblem(password, 'password', context)).toBeUndefined();
  });

  it('judges a long password by its first 64 characters, within a bounded time', () => {
    const weakStart = `${'Password1'.repeat(8)}${'x7#Lq!vR'.repeat(10)}`;
    const started = performance.now();
    expect(passwordGuessProblem(weakStart, 'password', ana)).toMatch(/too easy to guess/);
    expect(performance.now() - started).toBeLessThan(1000);
    const strongStart = `${'correct horse battery staple '.repeat(3)}${'a'.repeat(100)}`;
    expect(passwordGuessProblem(strongStart, 'password', ana)).toBeUndefined();
  });
});
