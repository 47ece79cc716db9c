import { distanceMetres } from '@citypoints/activity-rules';
import { Geodesic } from 'geographiclib-geodesic';
import { activityOf } from '../testing/activity-of';
import { nearbyActivities } from './nearby-activities';

describe('nearbyActivities', () => {
  // Cascais town hall; the places around it at known bearings and distances.
  const townHall = { latitude: 38.6968, longitude: -9.4215 };
  const at = (metres: number, bearing = 45) => {
    const { lat2, lon2 } = Geodesic.WGS84.Direct(
      townHall.latitude,
      townHall.longitude,
      bearing,
      metres,
    );
    return { latitude: lat2 as number, longitude: lon2 as number, radius: 100 };
  };
  const reading = { settings: { timeZone: 'Europe/Lisbon' }, now: new Date('2027-05-01T09:00Z') };
  const always = { kind: 'always' as const };
  const far = activityOf({ place: at(4000, 270), schedule: always, category: 'health' });
  const near = activityOf({ place: at(300, 90), category: 'environment' });
  const middle = activityOf({ place: at(1500, 180), schedule: always, category: 'culture' });
  const nowhere = activityOf({ place: undefined, methods: ['steward'], schedule: always });
  const search = { position: townHall, limit: 50 };

  it('answers them nearest first, each with its geodesic distance', () => {
    const found = nearbyActivities([far, nowhere, near, middle], search, reading);
    expect(found.map((view) => view.activityId)).toEqual(
      [near, middle, far, nowhere].map((activity) => activity.activityId),
    );
    expect(found[0].distanceMetres).toBeCloseTo(300, 6);
    expect(found[1].distanceMetres).toBeCloseTo(1500, 6);
    expect(found[2].distanceMetres).toBe(distanceMetres(townHall, at(4000, 270)));
    expect(found[3]).not.toHaveProperty('distanceMetres');
  });

  it('puts the activities without a place last, in the order given', () => {
    const other = activityOf({ place: undefined, methods: ['steward'] });
    const found = nearbyActivities([nowhere, far, other], search, reading);
    expect(found.map((view) => view.activityId)).toEqual(
      [far, nowhere, other].map((activity) => activity.activityId),
    );
  });

  it('keeps those of the category asked for, or open now', () => {
    const all = [far, near, middle, nowhere];
    const culture = nearbyActivities(all, { ...search, category: 'culture' }, reading);
    expect(culture.map((view) => view.activityId)).toEqual([middle.activityId]);
    // 10:00 in Lisbon: the beach clean-up (09:00–12:00) is open, and the always-open ones.
    const open = nearbyActivities(all, { ...search, openNow: true }, reading);
    expect(open).toHaveLength(4);
    const later = { ...reading, now: new Date('2027-05-01T13:00Z') };
    const openLater = nearbyActivities(all, { ...search, openNow: true }, later);
    expect(openLater.map((view) => view.activityId)).toEqual(
      [middle, far, nowhere].map((activity) => activity.activityId),
    );
  });

  it('answers at most the limit, the nearest ones', () => {
    const found = nearbyActivities([far, near, middle], { ...search, limit: 2 }, reading);
    expect(found.map((view) => view.activityId)).toEqual([near.activityId, middle.activityId]);
  });

  it('measures across the antimeridian the short way', () => {
    const fiji = { latitude: -17.7134, longitude: 179.99 };
    const across = activityOf({
      place: { latitude: -17.7134, longitude: -179.99, radius: 100 },
      schedule: always,
    });
    const [found] = nearbyActivities([across], { position: fiji, limit: 1 }, reading);
    expect(found.distanceMetres).toBeGreaterThan(2000);
    expect(found.distanceMetres).toBeLessThan(2200);
  });
});
