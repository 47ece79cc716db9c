import type { components } from '@citypoints/public-api';

/** An activity's category, as the public API names them. */
export type Category = components['schemas']['NearbyActivityDto']['category'];

/** The activity categories, for the filter (the public API's list). */
export const CATEGORIES: readonly Category[] = [
  'environment',
  'social',
  'health',
  'culture',
  'outdoors',
  'civic',
];
