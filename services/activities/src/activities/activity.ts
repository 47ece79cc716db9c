import { ActivityLimits, Place, Schedule } from '@citypoints/activity-rules';
import { ActivityCategory, ActivityMethod, Locale } from '@citypoints/contracts';
import { ActivityState } from '@citypoints/http-contracts';

/** Text per language of the tenant; which languages are present is the admin's choice. */
export type PerLanguage = Partial<Record<Locale, string>>;

/**
 * What a tenant admin says about an activity: titles (English required for now) and
 * descriptions per language, category, whole points per participation (1 to MAX_POINTS), an
 * https image URL, an impact figure, a place (WGS84 degrees, radius in metres), a schedule in
 * the tenant's time zone, the verification methods allowed and the limits per person.
 */
export interface ActivityFields {
  titles: PerLanguage;
  descriptions: PerLanguage;
  category: ActivityCategory;
  points: number;
  imageUrl?: string;
  impact?: { unit: string; quantity: number };
  place?: Place;
  schedule: Schedule;
  methods: ActivityMethod[];
  limits: ActivityLimits;
}

/**
 * An activity of the catalogue: its fields, its state in the draft → published → archived life
 * cycle, the generation of its code secret (1, 2, …; raised by each rotation) and its version
 * (1, 2, …; raised by every change, for optimistic updates).
 */
export interface Activity extends ActivityFields {
  tenantId: string;
  activityId: string;
  state: ActivityState;
  codeGeneration: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
