import { verificationMail, verificationTokenExpiry } from './verification-mail';

describe('the verification mail', () => {
  it("links into the web app's tenant, and gives the token alone on its last line", () => {
    const mail = verificationMail('https://app.example', 'cascais', 'ana@example.org', 'tok_en-1');
    expect(mail.recipient).toBe('ana@example.org');
    expect(mail.body).toContain('https://app.example/t/cascais/verify-email?token=tok_en-1');
    expect(mail.body.split('\n').at(-1)).toBe('Or enter this token: tok_en-1');
  });

  it('lets a token work for 48 hours', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    expect(verificationTokenExpiry(now).toISOString()).toBe('2026-12-08T10:00:00.000Z');
  });
});
