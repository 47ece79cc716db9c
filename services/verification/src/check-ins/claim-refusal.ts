import { DomainError, ParticipationRejection } from '@citypoints/contracts';

/**
 * A claim refused before it is judged — a code that is forged, foreign, expired or for an
 * unknown activity, a scan time out of bounds, a method the activity does not allow: 422 with
 * the stable reason as its code and the field it concerns. Nothing is stored or credited.
 */
export class ClaimRefusal extends DomainError {
  constructor(
    reason: ParticipationRejection | 'position-required',
    message: string,
    field: string,
  ) {
    super('unprocessable', reason, message, field);
  }
}
