import { check, DemoApi, untilKnown } from './demo-system';
import { Resident } from './sign-up-residents';

/**
 * The steward confirms `residents` on site at `activityId`, now: each shows the 2-minute
 * personal QR code of their phone (`POST /me/qr-token`), the steward scans it. Answers how
 * many were verified.
 */
export async function stewardVisits(
  slug: string,
  steward: DemoApi,
  activityId: string,
  residents: Resident[],
): Promise<number> {
  let verified = 0;
  for (const resident of residents) {
    const qr = check(await resident.api('/me/qr-token', {}), [200, 201], 'personal QR code');
    const answer = await untilKnown(
      () =>
        steward('/steward-check-ins', { activityId, personalCode: qr.token as string }, 'POST', {
          'idempotency-key': `demo-${slug}-steward-${resident.index}`,
        }),
      ['unknown-tenant', 'unknown-activity', 'unknown-person'],
    );
    check(answer, [200, 201, 422], 'steward check-in');
    if (answer.body?.state === 'verified') verified++;
  }
  return verified;
}
