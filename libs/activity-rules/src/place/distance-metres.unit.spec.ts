import { Geodesic } from 'geographiclib-geodesic';
import { distanceMetres } from './distance-metres';

// GeographicLib's published test geodesics (GeodTest.dat, Karney, doi:10.5281/zenodo.32156),
// as geographiclib-geodesic 2.2.0 checks them in test/geodesictest.js:
// [lat1, lon1, lat2, lon2, s12 in metres]. Longitudes past ±180 are kept as published.
const GEOD_TEST = [
  [35.60777, -139.44815, -11.17491, -69.95921, 8935244.56048183],
  [55.52454, 106.05087, 77.03196, 197.18234, 4105086.171392441],
  [-21.97856, 142.59065, 41.84138, 98.56635, 8394328.894657671],
  [-66.99028, 112.2363, -12.70631, 285.90344, 11150344.231208025],
  [-17.42761, 173.34268, -15.84784, 5.93557, 16076603.163118068],
  [32.84994, 48.28919, -56.28556, 202.29132, 16727068.943816446],
  [6.96833, 52.74123, -7.39675, 206.17291, 17102477.249695837],
  [-50.56724, -16.30485, -33.56571, -94.97412, 6455670.511866869],
  [-58.93002, -8.90775, -8.91104, 133.13503, 11756066.021986462],
  [-68.82867, -74.28391, -50.63005, -8.36685, 3956936.926063544],
  [-10.62672, -32.0898, 5.883, -134.31681, 11470869.386456301],
  [-21.76221, 166.90563, 48.72884, 213.97627, 9098627.398655491],
  [-19.79938, -174.47484, -11.99349, -154.35109, 2319004.860116939],
  [-11.95887, -116.94513, 4.57352, 7.16501, 13834722.580140138],
  [-87.85331, 85.66836, 66.48646, 16.09921, 17286615.314714465],
  [1.74708, 128.32011, -11.16617, 11.87109, 12942901.124134742],
  [-25.72959, -144.90758, -57.70581, -269.17879, 9413446.745245311],
  [-41.22777, 122.32875, -7.57291, 130.37946, 3812686.035106021],
  [11.01307, 138.25278, 6.62726, 247.05981, 11911190.819018409],
  [-29.47124, 95.14681, -27.46601, -69.15955, 13487015.838114548],
];

// Gaussian radius of curvature sqrt(MN) of WGS84 at a latitude: the sphere that osculates the
// ellipsoid there, within 0.34% of it in every direction (the mean radius is off by 0.56%
// north-south at the equator, too coarse for a 0.5% check).
function gaussianRadius(latitude: number): number {
  const { a, f } = Geodesic.WGS84;
  const e2 = f * (2 - f);
  const sin = Math.sin((latitude * Math.PI) / 180);
  return (a * Math.sqrt(1 - e2)) / (1 - e2 * sin * sin);
}

function haversineMetres(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * gaussianRadius((a.latitude + b.latitude) / 2) * Math.asin(Math.sqrt(h));
}

interface Point {
  latitude: number;
  longitude: number;
}

// mulberry32: a seeded generator, so that a failing pair is the same pair on the next run.
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Two points `metres` apart on the geodesic through `middle` at `azimuth`, half each way.
function pairAround(middle: Point, azimuth: number, metres: number): [Point, Point] {
  const end = (direction: number): Point => {
    const { lat2, lon2 } = Geodesic.WGS84.Direct(
      middle.latitude,
      middle.longitude,
      direction,
      metres / 2,
    );
    return { latitude: lat2 as number, longitude: lon2 as number };
  };
  return [end(azimuth), end(azimuth + 180)];
}

type Pair = { a: Point; b: Point; metres: number };

// City-scale pairs, 1 m to 50 km, log-uniform so that short walks count as much as long rides.
function cityPairs(seed: number, middleOf: (random: () => number) => Point, count = 200): Pair[] {
  const random = randomNumbers(seed);
  return Array.from({ length: count }, () => {
    const middle = middleOf(random);
    const metres = 10 ** (random() * Math.log10(50_000));
    const [a, b] = pairAround(middle, random() * 360, metres);
    return { a, b, metres };
  });
}

const anywhere = cityPairs(1, (random) => ({
  latitude: random() * 180 - 90,
  longitude: random() * 360 - 180,
}));
const acrossTheAntimeridian = cityPairs(2, (random) => ({
  latitude: random() * 160 - 80,
  longitude: random() < 0.5 ? 180 : -180,
}));
const nearThePoles = cityPairs(3, (random) => ({
  latitude: (random() < 0.5 ? 1 : -1) * (89.5 + random() * 0.5),
  longitude: random() * 360 - 180,
}));

describe('distanceMetres', () => {
  it.each(GEOD_TEST)(
    'matches GeodTest.dat from (%f, %f) to (%f, %f): %f m',
    (lat1, lon1, lat2, lon2, s12) => {
      const metres = distanceMetres(
        { latitude: lat1, longitude: lon1 },
        { latitude: lat2, longitude: lon2 },
      );
      expect(Math.abs(metres - s12)).toBeLessThan(1e-6);
    },
  );

  it('matches GeodSolve0, New York JFK to Paris CDG, 5,853,226 m to half a metre', () => {
    const jfk = { latitude: 40.6, longitude: -73.8 };
    const cdg = { latitude: 49.01666667, longitude: 2.55 };
    expect(Math.abs(distanceMetres(jfk, cdg) - 5_853_226)).toBeLessThanOrEqual(0.5);
  });

  it('is zero from a point to itself and the same both ways', () => {
    const cascais = { latitude: 38.6979, longitude: -9.4215 };
    const sintra = { latitude: 38.8029, longitude: -9.3817 };
    expect(distanceMetres(cascais, cascais)).toBe(0);
    expect(distanceMetres(cascais, sintra)).toBeCloseTo(distanceMetres(sintra, cascais), 9);
  });

  it('puts the antimeridian pairs on both sides of it', () => {
    const straddling = acrossTheAntimeridian.filter(
      ({ a, b }) => Math.sign(a.longitude) !== Math.sign(b.longitude),
    );
    expect(straddling.length).toBeGreaterThan(150);
  });

  describe.each([
    ['anywhere', anywhere],
    ['across the antimeridian', acrossTheAntimeridian],
    ['near the poles', nearThePoles],
  ])('for city-scale pairs %s', (_, pairs) => {
    it('agrees with Geodesic.WGS84.Inverse and with the length the pair was laid out at', () => {
      for (const { a, b, metres } of pairs) {
        const { s12 } = Geodesic.WGS84.Inverse(a.latitude, a.longitude, b.latitude, b.longitude);
        const distance = distanceMetres(a, b);
        expect(distance).toBe(s12);
        expect(Math.abs(distance - metres)).toBeLessThan(1e-6);
      }
    });

    it('is within 0.5% of the osculating sphere', () => {
      for (const { a, b } of pairs) {
        const distance = distanceMetres(a, b);
        expect(Math.abs(haversineMetres(a, b) - distance) / distance).toBeLessThan(0.005);
      }
    });
  });
});
