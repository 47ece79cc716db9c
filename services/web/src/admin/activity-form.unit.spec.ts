import type { components } from '@citypoints/public-api';
import { bodyOf, EMPTY, formOf } from './activity-form';

type Activity = components['schemas']['ActivityDto'];

const saved: Activity = {
  tenantId: 'town',
  activityId: '01a2',
  state: 'published',
  titles: { en: 'Harbour walk', pt: 'Passeio no porto' },
  descriptions: {},
  category: 'outdoors',
  points: 12,
  schedule: {
    kind: 'weekly',
    hours: [{ day: 6, open: '22:00', close: '02:00' }],
    exceptions: [{ date: '2026-12-25', closed: true }],
  },
  methods: ['qr-gps', 'steward'],
  limits: { oncePerOccurrence: true, perPeriod: { count: 2, period: 'week' }, cooldownMinutes: 30 },
  codeGeneration: 1,
  version: 4,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-02T10:00:00.000Z',
};

describe("the activity editor's form and the public API's activity", () => {
  it('gives back what it read: schedule with its exceptions, limits, texts of the languages given', () => {
    expect(bodyOf(formOf(saved))).toEqual({
      titles: { en: 'Harbour walk', pt: 'Passeio no porto' },
      descriptions: {},
      category: 'outdoors',
      points: 12,
      schedule: saved.schedule,
      methods: ['qr-gps', 'steward'],
      limits: saved.limits,
    });
  });

  it('sends an event with its local date-times, and no limits when none are set', () => {
    const form = {
      ...EMPTY,
      schedule: 'event' as const,
      startsAt: '2027-05-01T09:00',
      endsAt: '2027-05-01T12:00',
    };
    expect(bodyOf(form)).toMatchObject({
      schedule: { kind: 'event', start: '2027-05-01T09:00', end: '2027-05-01T12:00' },
      limits: {},
      points: 10,
    });
  });

  it('reads an activity always open without limits as the empty limits of the form', () => {
    const form = formOf({ ...saved, schedule: { kind: 'always' }, limits: {} });
    expect(form).toMatchObject({
      schedule: 'always',
      oncePerOccurrence: false,
      period: '',
      perPeriodCount: '',
      cooldownMinutes: '',
      titles: { en: 'Harbour walk', sv: '', pt: 'Passeio no porto' },
    });
  });
});
