import { Role } from '@citypoints/contracts';

/** Partner staff act for exactly one partner; nobody else acts for a partner. */
export function partnerRuleViolation(
  role: Role,
  partnerId: string | undefined,
): string | undefined {
  if (role === 'partner-staff' && !partnerId) return 'partnerId is required for partner-staff';
  if (role !== 'partner-staff' && partnerId) return 'partnerId is only for partner-staff';
  return undefined;
}
