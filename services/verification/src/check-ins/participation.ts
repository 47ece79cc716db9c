import { Position } from '@citypoints/activity-rules';
import { ActivityMethod } from '@citypoints/contracts';
import { CatalogueActivity } from '../activity-catalogue/catalogue-activity';
import { Verdict } from './participation-claim';

/** A judged claim, as stored and published: who, what, how, when, and the verdict. */
export interface Participation {
  /** UUIDv7; the ledger credits a verified one once by it. */
  id: string;
  tenantId: string;
  userId: string;
  activity: CatalogueActivity;
  method: ActivityMethod;
  scannedAt: Date;
  judgedAt: Date;
  position?: Position;
  verdict: Verdict;
  /** The steward or reviewing admin who vouched for it. */
  verifiedBy?: string;
  /** The reporting system's own id (integration only). */
  externalId?: string;
}
