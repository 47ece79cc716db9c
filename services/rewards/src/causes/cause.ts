import { Locale } from '@citypoints/contracts';
import { CauseState } from '@citypoints/http-contracts';

/** A cause's title and description in one language. */
export interface CauseText {
  title: string;
  description: string;
}

/**
 * What a tenant admin says about a cause: its text per language (at least one), an https image
 * URL, and a target in whole points, the last two optional.
 */
export interface CauseFields {
  texts: Partial<Record<Locale, CauseText>>;
  imageUrl?: string;
  target?: number;
}

/**
 * A charitable cause of a tenant: its fields, its state in the draft → published → archived
 * life cycle, its version (1, 2, …; raised by every change, for optimistic updates) and the
 * points donated to it, as counted from the ledger's events.
 */
export interface Cause extends CauseFields {
  tenantId: string;
  causeId: string;
  state: CauseState;
  donatedPoints: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
