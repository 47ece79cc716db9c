import { CauseDto } from '@citypoints/http-contracts';
import { Cause } from './cause';
import { progressPercent } from './progress-percent';

/**
 * A cause as the internal API answers it (CauseDto): its fields and total, with its progress
 * to the target (progressPercent) when it has one; times become ISO-8601 UTC when serialised.
 */
export function causeAnswer(cause: Cause): Omit<CauseDto, 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
} {
  const progress = progressPercent(cause.donatedPoints, cause.target);
  return { ...cause, ...(progress !== undefined && { progressPercent: progress }) };
}
