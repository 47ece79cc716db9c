import { activityOf } from '../testing/activity-of';
import { residentView } from './resident-view';

describe('residentView', () => {
  const lisbon = { timeZone: 'Europe/Lisbon', defaultLocale: 'pt' as const };
  // 10:00 in Lisbon (summer time, UTC+1), during the beach clean-up of 09:00–12:00.
  const during = new Date('2027-05-01T09:00:00Z');
  const beach = activityOf({
    state: 'published',
    titles: { en: 'Beach clean-up', pt: 'Limpeza de praia' },
    descriptions: { en: 'Gloves are handed out.', pt: 'São distribuídas luvas.' },
    imageUrl: 'https://cascais.pt/beach.jpg',
    impact: { unit: 'kg collected', quantity: 2 },
  });

  it('reads the activity in the language asked for, with what a resident needs', () => {
    expect(residentView(beach, { language: 'en', settings: lisbon, now: during })).toEqual({
      activityId: beach.activityId,
      language: 'en',
      title: 'Beach clean-up',
      description: 'Gloves are handed out.',
      category: 'environment',
      points: 50,
      imageUrl: 'https://cascais.pt/beach.jpg',
      impact: { unit: 'kg collected', quantity: 2 },
      place: beach.place,
      schedule: beach.schedule,
      methods: ['qr-gps'],
      openNow: true,
    });
  });

  it("falls back to the tenant's default language, and to English while it is unknown", () => {
    const swedish = residentView(beach, { language: 'sv', settings: lisbon, now: during });
    expect([swedish.language, swedish.title]).toEqual(['pt', 'Limpeza de praia']);
    expect(swedish.description).toBe('São distribuídas luvas.');
    const unknown = residentView(beach, { language: 'sv', now: during });
    expect([unknown.language, unknown.title]).toEqual(['en', 'Beach clean-up']);
  });

  it('keeps the description in the language of the title when it has one, else any', () => {
    const partly = { ...beach, descriptions: { pt: 'São distribuídas luvas.' } };
    const view = residentView(partly, { language: 'en', settings: lisbon, now: during });
    expect([view.title, view.description]).toEqual(['Beach clean-up', 'São distribuídas luvas.']);
    const none = residentView({ ...beach, descriptions: {} }, { settings: lisbon, now: during });
    expect(none).not.toHaveProperty('description');
  });

  it("tells whether it is open now on the tenant's clock", () => {
    // 12:30 in Lisbon, after the clean-up; but 11:30 in the Azores (UTC+0 in summer).
    const after = new Date('2027-05-01T11:30:00Z');
    expect(residentView(beach, { settings: lisbon, now: after }).openNow).toBe(false);
    const azores = { timeZone: 'Atlantic/Azores' };
    expect(residentView(beach, { settings: azores, now: after }).openNow).toBe(true);
  });

  it('is open only when always open while the time zone is not known', () => {
    expect(residentView(beach, { now: during }).openNow).toBe(false);
    const always = { ...beach, schedule: { kind: 'always' as const } };
    expect(residentView(always, { now: during }).openNow).toBe(true);
    const closedToday = {
      ...beach,
      schedule: {
        kind: 'always' as const,
        exceptions: [{ date: '2027-05-01', closed: true as const }],
      },
    };
    expect(residentView(closedToday, { now: during }).openNow).toBe(false);
  });

  it('leaves out what the activity does not have', () => {
    const { place: _place, impact: _impact, imageUrl: _image, ...bare } = beach;
    const view = residentView(bare, { settings: lisbon, now: during });
    expect(view).not.toHaveProperty('place');
    expect(view).not.toHaveProperty('impact');
    expect(view).not.toHaveProperty('imageUrl');
  });
});
