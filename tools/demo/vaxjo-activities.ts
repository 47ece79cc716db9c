// Fifteen activities of Växjö at their real places, in Swedish and English.
import { localDate } from './local-date';
import { DemoActivitySpec } from './town';

const ZONE = 'Europe/Stockholm';
const days = (list: number[], open: string, close: string) =>
  list.map((day) => ({ day, open, close }));
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

/** One activity: its English and Swedish title and description, and the rest of its body. */
function activity(
  use: DemoActivitySpec['use'],
  weight: number,
  [en, sv]: [string, string],
  [enText, svText]: [string, string],
  body: Pick<DemoActivitySpec['body'], 'place' | 'schedule' | 'methods' | 'points' | 'limits'> &
    Record<string, unknown>,
): DemoActivitySpec {
  return {
    use,
    weight,
    body: { ...body, titles: { en, sv }, descriptions: { en: enText, sv: svText } },
  };
}

/** Växjö's demo activities, the concert `now` + 30 days. */
export function vaxjoActivities(now: number): DemoActivitySpec[] {
  const concertDay = localDate(now, 30, ZONE);
  return [
    activity(
      'check-in',
      6,
      ['Recycling centre Norremark', 'Återvinningscentralen Norremark'],
      [
        'Sort metal, wood and electronics at the recycling centre.',
        'Sortera metall, trä och elektronik på återvinningscentralen.',
      ],
      {
        category: 'environment',
        points: 15,
        impact: { unit: 'kg recycled', quantity: 10 },
        place: { latitude: 56.8965, longitude: 14.7665, radius: 150 },
        schedule: { kind: 'weekly', hours: days(ALL_WEEK, '07:00', '19:00') },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 1, period: 'day' } },
      },
    ),
    activity(
      'check-in',
      6,
      ['Reverse-vending machine', 'Pantmaskinen på ICA Maxi'],
      ['Return cans and bottles for deposit.', 'Panta burkar och flaskor.'],
      {
        category: 'environment',
        points: 5,
        impact: { unit: 'bottles returned', quantity: 20 },
        place: { latitude: 56.8996, longitude: 14.8157, radius: 100 },
        schedule: { kind: 'weekly', hours: days(ALL_WEEK, '08:00', '22:00') },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 2, period: 'day' } },
      },
    ),
    activity(
      'check-in',
      2,
      ['Night walk', 'Nattvandring på Stortorget'],
      [
        'Friday and Saturday nights with the night walkers in the town centre.',
        'Fredag- och lördagskvällar med nattvandrarna i centrum.',
      ],
      {
        category: 'social',
        points: 40,
        place: { latitude: 56.879, longitude: 14.8059, radius: 400 },
        schedule: { kind: 'weekly', hours: days([5, 6], '21:00', '01:00') },
        methods: ['qr-gps', 'steward'],
        limits: { oncePerOccurrence: true },
      },
    ),
    activity(
      'check-in',
      1,
      ['Blood donation', 'Blodgivning på Centrallasarettet'],
      [
        'Give blood at the blood centre; scan the code at the reception.',
        'Ge blod på blodcentralen; skanna koden i receptionen.',
      ],
      {
        category: 'health',
        points: 200,
        impact: { unit: 'blood donation', quantity: 1 },
        place: { latitude: 56.8797, longitude: 14.7936, radius: 200 },
        schedule: { kind: 'weekly', hours: days([1, 2, 3, 4, 5], '08:00', '15:00') },
        methods: ['qr', 'steward'],
        limits: { cooldownMinutes: 56 * 24 * 60 },
      },
    ),
    activity(
      'check-in',
      4,
      ['Evedal beach', 'Evedals badplats'],
      ['A swim or a walk by Lake Helga.', 'Ett dopp eller en promenad vid Helgasjön.'],
      {
        category: 'outdoors',
        points: 10,
        place: { latitude: 56.9265, longitude: 14.821, radius: 300 },
        schedule: { kind: 'always' },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 1, period: 'day' } },
      },
    ),
    activity(
      'check-in',
      4,
      ['Lake Trummen trail', 'Trummenleden'],
      ['The 7 km trail around Lake Trummen.', 'Den 7 km långa leden runt Trummen.'],
      {
        category: 'outdoors',
        points: 20,
        place: { latitude: 56.866, longitude: 14.829, radius: 500 },
        schedule: { kind: 'always' },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 1, period: 'day' } },
      },
    ),
    activity(
      'check-in',
      2,
      ['Barbecue spot in Linnéparken', 'Grillplatsen i Linnéparken'],
      ['Grill by the cathedral; leave it tidy.', 'Grilla vid domkyrkan; lämna platsen städad.'],
      {
        category: 'outdoors',
        points: 10,
        place: { latitude: 56.8776, longitude: 14.8044, radius: 150 },
        schedule: { kind: 'weekly', hours: days(ALL_WEEK, '10:00', '21:00') },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 2, period: 'week' } },
      },
    ),
    activity(
      'check-in',
      3,
      ['Book donation point', 'Bokinsamling på stadsbiblioteket'],
      [
        "Leave children's books you have read at the city library.",
        'Lämna lästa barnböcker på stadsbiblioteket.',
      ],
      {
        category: 'social',
        points: 15,
        impact: { unit: 'books donated', quantity: 1 },
        place: { latitude: 56.8771, longitude: 14.8118, radius: 80 },
        schedule: { kind: 'always' },
        methods: ['qr-gps', 'qr'],
        limits: { perPeriod: { count: 3, period: 'week' } },
      },
    ),
    activity(
      'check-in',
      2,
      ['Evening at Smålands museum', 'Kvällsöppet på Smålands museum'],
      [
        'Wednesday evenings: the glass collection with a guide.',
        'Onsdagskvällar: glassamlingen med guide.',
      ],
      {
        category: 'culture',
        points: 25,
        place: { latitude: 56.8764, longitude: 14.8089, radius: 100 },
        schedule: { kind: 'weekly', hours: days([3], '17:00', '20:00') },
        methods: ['qr'],
        limits: { oncePerOccurrence: true },
      },
    ),
    activity(
      'none',
      0,
      ['Concert at Växjö Konserthus', 'Konsert i Växjö Konserthus'],
      [
        'Musica Vitae plays; scan the code in the foyer.',
        'Musica Vitae spelar; skanna koden i foajén.',
      ],
      {
        category: 'culture',
        points: 20,
        place: { latitude: 56.8774, longitude: 14.8146, radius: 100 },
        schedule: { kind: 'event', start: `${concertDay}T19:00`, end: `${concertDay}T21:30` },
        methods: ['qr'],
        limits: { oncePerOccurrence: true },
      },
    ),
    activity(
      'report',
      0,
      ['Report a fault', 'Felanmälan'],
      [
        'A broken street light or a pothole reported to the municipality.',
        'En trasig gatlykta eller ett hål i vägen anmält till kommunen.',
      ],
      {
        category: 'civic',
        points: 25,
        place: { latitude: 56.8779, longitude: 14.8094, radius: 5000 },
        schedule: { kind: 'always' },
        methods: ['integration'],
        limits: { perPeriod: { count: 3, period: 'week' } },
      },
    ),
    activity(
      'check-in',
      2,
      ['Lake Växjösjön clean-up', 'Strandstädning vid Växjösjön'],
      ['Sunday mornings: bags at the park café.', 'Söndagsförmiddagar: säckar vid parkcaféet.'],
      {
        category: 'environment',
        points: 50,
        place: { latitude: 56.8805, longitude: 14.812, radius: 300 },
        schedule: { kind: 'weekly', hours: days([7], '10:00', '12:00') },
        methods: ['qr-gps', 'steward'],
        limits: { oncePerOccurrence: true },
      },
    ),
    activity(
      'steward',
      0,
      ['Animal shelter volunteering', 'Volontär på djurhemmet'],
      ['Walk the dogs; the keeper confirms it.', 'Rasta hundarna; skötaren bekräftar.'],
      {
        category: 'social',
        points: 60,
        place: { latitude: 56.901, longitude: 14.775, radius: 150 },
        schedule: { kind: 'always' },
        methods: ['steward'],
        limits: { perPeriod: { count: 1, period: 'day' } },
      },
    ),
    activity(
      'check-in',
      2,
      ['Second-hand donation', 'Skänk till second hand'],
      ['Give clothes and toys at the charity shop.', 'Skänk kläder och leksaker i butiken.'],
      {
        category: 'social',
        points: 15,
        place: { latitude: 56.879, longitude: 14.807, radius: 80 },
        schedule: { kind: 'weekly', hours: days([1, 2, 3, 4, 5, 6], '10:00', '18:00') },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 2, period: 'week' } },
      },
    ),
    activity(
      'check-in',
      1,
      ['Citizen dialogue at the town hall', 'Medborgardialog i stadshuset'],
      [
        'Tuesday evenings: say what the town should build next.',
        'Tisdagskvällar: säg vad kommunen ska bygga härnäst.',
      ],
      {
        category: 'civic',
        points: 30,
        place: { latitude: 56.8779, longitude: 14.8094, radius: 100 },
        schedule: { kind: 'weekly', hours: days([2], '18:00', '20:00') },
        methods: ['qr'],
        limits: { oncePerOccurrence: true },
      },
    ),
  ];
}
