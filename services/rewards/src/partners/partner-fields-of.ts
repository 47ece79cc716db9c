import { PartnerInputDto } from '@citypoints/http-contracts';
import { PartnerFields } from './partner';

/**
 * The fields of a partner as a validated request states them, as plain JSON: no DTO instance,
 * no absent optional member, no `version` of a replacement.
 */
export function partnerFieldsOf(input: PartnerInputDto): PartnerFields {
  const { name, kind, contactEmail, contactPhone, logoUrl } = input;
  return JSON.parse(JSON.stringify({ name, kind, contactEmail, contactPhone, logoUrl }));
}
