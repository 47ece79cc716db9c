import { HumanTextLimits } from '../text/human-text';

/** What an activity is about (issue 12); the app filters and shows icons by it. */
export const ACTIVITY_CATEGORIES = [
  'environment',
  'social',
  'health',
  'culture',
  'outdoors',
  'civic',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/**
 * How taking part in an activity may be verified (issue 12): a QR code with the phone's GPS
 * position, a QR code alone, a steward on site, or a report by a municipality's system.
 */
export const ACTIVITY_METHODS = ['qr-gps', 'qr', 'steward', 'integration'] as const;
export type ActivityMethod = (typeof ACTIVITY_METHODS)[number];

/** The kinds of schedule (`@citypoints/activity-rules`' Schedule checks the rest). */
export const SCHEDULE_KINDS = ['always', 'event', 'weekly'] as const;

/** An activity's title in one language, in characters as a reader counts them. */
export const ACTIVITY_TITLE: HumanTextLimits = { min: 1, max: 120 };

/** An activity's description in one language: a few paragraphs, line breaks allowed. */
export const ACTIVITY_DESCRIPTION: HumanTextLimits = { min: 1, max: 2000, multiline: true };

/** The name of an impact figure's unit ("kg recycled", "blood donation"). */
export const IMPACT_UNIT: HumanTextLimits = { min: 1, max: 40 };

/** The largest impact quantity per participation: beyond it, a typing mistake. */
export const MAX_IMPACT_QUANTITY = 1_000_000;

/**
 * The largest geofence radius in metres, as MAX_PLACE_RADIUS of `@citypoints/activity-rules`
 * (which depends on this library, so it cannot be imported here): 50 km.
 */
export const MAX_EVENT_PLACE_RADIUS = 50_000;
