import { ActivityInputDto } from '@citypoints/http-contracts';
import { ActivityFields } from './activity';

/**
 * The fields of an activity as a validated request states them, as plain JSON (no DTO
 * instances, no undefined members): no descriptions and no limits are stored as none ({}).
 */
export function activityFieldsOf(input: ActivityInputDto): ActivityFields {
  const { titles, descriptions, category, points, imageUrl, impact, place } = input;
  const { schedule, methods, limits } = input;
  const fields = { titles, category, points, imageUrl, impact, place, schedule, methods };
  return JSON.parse(
    JSON.stringify({ ...fields, descriptions: descriptions ?? {}, limits: limits ?? {} }),
  );
}
