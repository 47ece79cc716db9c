import { Coordinates, distanceMetres } from '@citypoints/activity-rules';
import { ActivityCategory } from '@citypoints/contracts';
import { NearbyActivityDto } from '@citypoints/http-contracts';
import { Activity } from '../activities/activity';
import { Reading, residentView } from './resident-view';

/** What a resident searches for: near `position`, optionally of a category or open now. */
export interface NearbySearch {
  position: Coordinates;
  category?: ActivityCategory;
  openNow?: boolean;
  /** At most this many answers, 1 or more. */
  limit: number;
}

/**
 * The `activities` (published ones) that match the search, each as residentView reads it with
 * its geodesic distance in metres from the position to its place's centre (distanceMetres:
 * WGS84, Karney), nearest first; those without a place come after all that have one, in the
 * order given. At most `search.limit` of them.
 */
export function nearbyActivities(
  activities: readonly Activity[],
  search: NearbySearch,
  reading: Reading,
): NearbyActivityDto[] {
  const found = activities
    .filter((activity) => !search.category || activity.category === search.category)
    .map((activity): NearbyActivityDto => {
      const view = residentView(activity, reading);
      if (!activity.place) return view;
      return { ...view, distanceMetres: distanceMetres(search.position, activity.place) };
    })
    .filter((view) => !search.openNow || view.openNow);
  // Array.prototype.sort is stable: activities without a place keep their order.
  const distance = (view: NearbyActivityDto) => view.distanceMetres ?? Infinity;
  return found.sort((a, b) => distance(a) - distance(b) || 0).slice(0, search.limit);
}
