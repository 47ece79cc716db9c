import { Answer, check, untilKnown } from './demo-system';
import { inParallel } from './in-parallel';
import { Visit } from './plan-visits';
import { Resident } from './sign-up-residents';

/** Refusals because an event has not yet reached verification (the late delay, too). */
const EARLY = ['unknown-tenant', 'unknown-activity', 'unknown-person', 'scan-too-old'];

/**
 * Each resident sends their visits' check-ins through the gateway, oldest first, as a phone
 * that was offline sends them late: the poster's code, a GPS fix at the place and the time of
 * the scan. `width` residents at once. Answers the points verified per resident, by index.
 */
export async function makeCheckIns(
  slug: string,
  plans: { resident: Resident; visits: Visit[] }[],
  width: number,
): Promise<Map<number, number>> {
  const earned = new Map<number, number>();
  await inParallel(plans, width, async ({ resident, visits }) => {
    let points = 0;
    for (const [k, { activity, scannedAt }] of visits.entries()) {
      const { latitude, longitude, radius } = activity.spec.body.place;
      const jitter = ((resident.index % 7) - 3) * radius * 1e-6;
      const answer: Answer = await untilKnown(
        () =>
          resident.api(
            '/check-ins',
            {
              code: activity.code,
              position: { latitude: latitude + jitter, longitude, accuracy: 6 + (k % 9) },
              scannedAt: scannedAt.toISOString(),
            },
            'POST',
            { 'idempotency-key': `demo-${slug}-${resident.index}-${scannedAt.toISOString()}` },
          ),
        EARLY,
      );
      // 422: a rule turned it down; 409: the same key with another body on a later start.
      check(answer, [200, 201, 409, 422], 'check-in');
      if (answer.body?.state === 'verified') points += answer.body.points as number;
    }
    earned.set(resident.index, points);
  });
  return earned;
}
