import { PartnerKind } from '@citypoints/http-contracts';

/**
 * What a tenant admin says about a partner: its name, kind, and optionally the business's own
 * contact (e-mail, phone in international form; never a person's) and an https logo URL.
 */
export interface PartnerFields {
  name: string;
  kind: PartnerKind;
  contactEmail?: string;
  contactPhone?: string;
  logoUrl?: string;
}

/**
 * A partner of a tenant: its fields, the pseudonymous user ids of its bound partner-staff
 * accounts, and its version (1, 2, …; raised by every change of its fields).
 */
export interface Partner extends PartnerFields {
  tenantId: string;
  partnerId: string;
  staff: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
