import { Geodesic } from 'geographiclib-geodesic';
import { Position } from './coordinates';
import { impossibleTravel } from './impossible-travel';

const LISBON: Position = { latitude: 38.7223, longitude: -9.1393, accuracy: 20 };
const STOCKHOLM: Position = { latitude: 59.3293, longitude: 18.0686, accuracy: 20 };
const LIMITS = { maxSpeedKmh: 300 };
const NOON = new Date('2025-06-01T12:00:00Z');

function minutesAfterNoon(minutes: number): Date {
  return new Date(NOON.getTime() + minutes * 60_000);
}

// A position `metres` east of Lisbon's.
function eastOfLisbon(metres: number, accuracy: number): Position {
  const { lat2, lon2 } = Geodesic.WGS84.Direct(LISBON.latitude, LISBON.longitude, 90, metres);
  return { latitude: lat2 as number, longitude: lon2 as number, accuracy };
}

describe('impossibleTravel', () => {
  it('flags Lisbon to Stockholm in 10 minutes', () => {
    const previous = { at: NOON, position: LISBON };
    const current = { at: minutesAfterNoon(10), position: STOCKHOLM };
    expect(impossibleTravel(previous, current, LIMITS)).toBe(true);
  });

  it('lets Lisbon to Stockholm by air in 4 hours pass, at 900 km/h', () => {
    const previous = { at: NOON, position: LISBON };
    const current = { at: minutesAfterNoon(240), position: STOCKHOLM };
    expect(impossibleTravel(previous, current, { maxSpeedKmh: 900 })).toBe(false);
  });

  it('lets a 1 km walk in 10 minutes pass', () => {
    const previous = { at: NOON, position: LISBON };
    const current = { at: minutesAfterNoon(10), position: eastOfLisbon(1000, 10) };
    expect(impossibleTravel(previous, current, { maxSpeedKmh: 10 })).toBe(false);
  });

  it('draws the line at the limit, after taking off both accuracies', () => {
    // 5 km in 60 minutes less both 10 m accuracies: 4.98 km/h of unexplained travel.
    const previous = { at: NOON, position: { ...LISBON, accuracy: 10 } };
    const current = { at: minutesAfterNoon(60), position: eastOfLisbon(5000, 10) };
    expect(impossibleTravel(previous, current, { maxSpeedKmh: 4.981 })).toBe(false);
    expect(impossibleTravel(previous, current, { maxSpeedKmh: 4.979 })).toBe(true);
  });

  it('flags two places at the same instant farther apart than their accuracies', () => {
    const previous = { at: NOON, position: LISBON };
    const current = { at: NOON, position: eastOfLisbon(100, 20) };
    expect(impossibleTravel(previous, current, LIMITS)).toBe(true);
  });

  it('explains a jump by the accuracies of both fixes, even at the same instant', () => {
    const previous = { at: NOON, position: { ...LISBON, accuracy: 1000 } };
    const current = { at: NOON, position: eastOfLisbon(1900, 1000) };
    expect(impossibleTravel(previous, current, LIMITS)).toBe(false);
  });

  it('judges the two the same in either order', () => {
    const walk = [
      { at: NOON, position: LISBON },
      { at: minutesAfterNoon(10), position: eastOfLisbon(1000, 10) },
    ] as const;
    const flight = [walk[0], { at: minutesAfterNoon(10), position: STOCKHOLM }] as const;
    expect(impossibleTravel(walk[1], walk[0], LIMITS)).toBe(false);
    expect(impossibleTravel(flight[1], flight[0], LIMITS)).toBe(true);
  });
});
