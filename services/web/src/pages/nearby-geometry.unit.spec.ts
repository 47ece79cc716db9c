import { distanceMetres } from './nearby-geometry';

describe('distanceMetres: how far an activity is, for display', () => {
  it('measures a degree of the equator and of a meridian as about 111.2 km', () => {
    expect(
      distanceMetres({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 }),
    ).toBeCloseTo(111_195, -1);
    expect(
      distanceMetres({ latitude: 38, longitude: -9 }, { latitude: 39, longitude: -9 }),
    ).toBeCloseTo(111_195, -1);
  });

  it('is zero at the same point, the same both ways, and shrinks a degree of longitude away from the equator', () => {
    const cascais = { latitude: 38.6979, longitude: -9.4215 };
    const lisbon = { latitude: 38.7075, longitude: -9.1364 };
    expect(distanceMetres(cascais, cascais)).toBe(0);
    expect(distanceMetres(cascais, lisbon)).toBeCloseTo(distanceMetres(lisbon, cascais), 6);
    // About 24.8 km along the coast, as a map shows it.
    expect(Math.round(distanceMetres(cascais, lisbon) / 100)).toBe(248);
    expect(
      distanceMetres({ latitude: 60, longitude: 0 }, { latitude: 60, longitude: 1 }),
    ).toBeCloseTo(111_195 / 2, -2);
  });
});
