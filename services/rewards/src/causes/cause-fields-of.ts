import { CauseInputDto } from '@citypoints/http-contracts';
import { CauseFields } from './cause';

/**
 * The fields of a cause as a validated request states them, as plain JSON (no DTO instances,
 * no undefined members), so that what is stored is exactly what was validated.
 */
export function causeFieldsOf(input: CauseInputDto): CauseFields {
  const { texts, imageUrl, target } = input;
  return JSON.parse(JSON.stringify({ texts, imageUrl, target }));
}
