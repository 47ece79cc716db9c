import { Geodesic } from 'geographiclib-geodesic';
import { Place, Position } from './coordinates';
import { positionProblem } from './position-problem';

// Praia da Rainha, Cascais: a small beach.
const BEACH: Place = { latitude: 38.6966, longitude: -9.4199, radius: 100 };
const LIMITS = { maxAccuracy: 50 };

// A position `metres` from the place's centre towards `azimuth` (degrees from north).
function away(metres: number, accuracy: number, azimuth = 37): Position {
  const { lat2, lon2 } = Geodesic.WGS84.Direct(BEACH.latitude, BEACH.longitude, azimuth, metres);
  return { latitude: lat2 as number, longitude: lon2 as number, accuracy };
}

describe('positionProblem', () => {
  it('finds nothing wrong at the centre', () => {
    expect(positionProblem(BEACH, away(0, 5), LIMITS)).toBeUndefined();
  });

  it.each([0, 90, 180, 270, 37])(
    'counts exactly on the radius as inside, towards %p°',
    (azimuth) => {
      expect(positionProblem(BEACH, away(100, 0, azimuth), LIMITS)).toBeUndefined();
    },
  );

  it('puts a precise position a centimetre beyond the radius outside, with its distance', () => {
    const problem = positionProblem(BEACH, away(100.01, 0), LIMITS);
    expect(problem?.code).toBe('outside-place');
    expect(problem?.distance).toBeCloseTo(100.01, 6);
  });

  it('widens the fence by the reported accuracy, up to its edge', () => {
    expect(positionProblem(BEACH, away(130, 30), LIMITS)).toBeUndefined();
    expect(positionProblem(BEACH, away(130.01, 30), LIMITS)).toMatchObject({
      code: 'outside-place',
    });
  });

  it('caps the allowance at the radius, so poor accuracy at most doubles the fence', () => {
    const kiosk: Place = { ...BEACH, radius: 20 };
    expect(positionProblem(kiosk, away(40, 45), LIMITS)).toBeUndefined();
    expect(positionProblem(kiosk, away(41, 45), LIMITS)).toMatchObject({
      code: 'outside-place',
    });
  });

  it("refuses an accuracy over the tenant's limit even at the centre, with the distance", () => {
    expect(positionProblem(BEACH, away(10, 50.5), LIMITS)).toEqual({
      code: 'accuracy-too-poor',
      distance: expect.closeTo(10, 6),
    });
  });

  it("accepts an accuracy exactly at the tenant's limit", () => {
    expect(positionProblem(BEACH, away(10, 50), LIMITS)).toBeUndefined();
  });
});
