import { OutgoingMail } from '../password-resets/password-resets.store';

/** How long a verification link works, in hours. */
export const VERIFICATION_TOKEN_HOURS = 48;

/** When a verification token issued at `now` stops working. */
export function verificationTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + VERIFICATION_TOKEN_HOURS * 3600 * 1000);
}

/**
 * The mail that asks `recipient` to verify their address: a link into the web app,
 * `<webAppUrl>/t/<tenant>/verify-email?token=<token>`, and the token alone on the last line for
 * a client that takes it typed.
 */
export function verificationMail(
  webAppUrl: string,
  tenant: string,
  recipient: string,
  token: string,
): OutgoingMail {
  const link = `${webAppUrl}/t/${encodeURIComponent(tenant)}/verify-email?token=${token}`;
  return {
    recipient,
    subject: 'Verify your City Points e-mail address',
    body:
      `Open this link to verify your address, within ${VERIFICATION_TOKEN_HOURS} hours ` +
      `and once: ${link}\n\nOr enter this token: ${token}`,
  };
}
