import { PROBLEM_CONTENT_TYPE } from '@citypoints/contracts';
import { problemDetails } from '@citypoints/platform';
import { Participation } from './participation';

/** An HTTP answer kept for an Idempotency-Key: the same request gets it again. */
export interface CheckInAnswer {
  status: number;
  contentType: string;
  body: object;
}

const FIELD_OF: Partial<Record<string, string>> = {
  'not-open': 'scannedAt',
  'accuracy-too-poor': 'position.accuracy',
  'outside-place': 'position',
  'impossible-travel': 'position',
};

/**
 * The answer to a judged claim: 201 with the verified participation, 202 while it waits for
 * review, 422 problem+json for a rejection, whose `code` is the stable reason and which names
 * the participation (`participationId`) and, for a limit, when to try again (`retryAt`).
 */
export function checkInAnswer(p: Participation, body: object): CheckInAnswer {
  const { verdict } = p;
  if (verdict.state !== 'rejected') {
    return {
      status: verdict.state === 'verified' ? 201 : 202,
      contentType: 'application/json',
      body,
    };
  }
  const reason = verdict.reason;
  const field = FIELD_OF[reason];
  const detail = rejectionDetail(p);
  const problem = problemDetails(
    422,
    detail,
    undefined,
    field ? [{ field, message: detail }] : undefined,
    reason,
  );
  return {
    status: 422,
    contentType: PROBLEM_CONTENT_TYPE,
    body: {
      ...problem,
      participationId: p.id,
      ...(verdict.retryAt && { retryAt: verdict.retryAt.toISOString() }),
    },
  };
}

function rejectionDetail({ verdict, position }: Participation): string {
  const retry = verdict.retryAt ? `; try again after ${verdict.retryAt.toISOString()}` : '';
  switch (verdict.reason) {
    case 'not-open':
      return 'the activity was not open at the time of the scan';
    case 'accuracy-too-poor':
      return `the position is accurate only to ${position?.accuracy} m: move into the open and scan again`;
    case 'outside-place':
      return `the position is ${Math.round(verdict.distance ?? 0)} m from the activity's place, outside it`;
    case 'once-per-occurrence':
      return 'you have already checked in to this occurrence of the activity';
    case 'limit-reached':
      return `you have reached the activity's limit${retry}`;
    case 'cooldown':
      return `you checked in to this activity too recently${retry}`;
    case 'impossible-travel':
      return 'nobody can travel between this and your previous check-in in the time between them';
    default:
      return `the participation was rejected (${verdict.reason})`;
  }
}
