// Fifteen activities of Cascais at their real places, in Portuguese and English.
import { localDate } from './local-date';
import { DemoActivitySpec } from './town';

const ZONE = 'Europe/Lisbon';
const weekdays = (open: string, close: string) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, open, close }));

/** Cascais's demo activities, the concert `now` + 30 days. */
export function cascaisActivities(now: number): DemoActivitySpec[] {
  const concertDay = localDate(now, 30, ZONE);
  return [
    {
      use: 'check-in',
      weight: 6,
      body: {
        titles: { en: 'Recycling station', pt: 'Ecoponto do Mercado da Vila' },
        descriptions: {
          en: 'Hand in sorted paper, glass and packaging at the recycling point by the market.',
          pt: 'Entregue papel, vidro e embalagens separados no ecoponto junto ao mercado.',
        },
        category: 'environment',
        points: 10,
        impact: { unit: 'kg recycled', quantity: 5 },
        place: { latitude: 38.6993, longitude: -9.4234, radius: 50 },
        schedule: { kind: 'always' },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 1, period: 'day' } },
      },
    },
    {
      use: 'check-in',
      weight: 6,
      body: {
        titles: { en: 'Reverse-vending machine', pt: 'Máquina de depósito de garrafas' },
        descriptions: {
          en: 'Return plastic bottles and cans at the machine at CascaiShopping.',
          pt: 'Devolva garrafas de plástico e latas na máquina do CascaiShopping.',
        },
        category: 'environment',
        points: 5,
        impact: { unit: 'bottles returned', quantity: 10 },
        place: { latitude: 38.7397, longitude: -9.3955, radius: 80 },
        schedule: { kind: 'weekly', hours: [1, 2, 3, 4, 5, 6, 7].map(everyDay) },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 2, period: 'day' } },
      },
    },
    {
      use: 'check-in',
      weight: 2,
      body: {
        titles: { en: 'Beach clean-up', pt: 'Limpeza da Praia da Conceição' },
        descriptions: {
          en: 'Every Sunday morning: gloves and bags at the lifeguard post.',
          pt: 'Todos os domingos de manhã: luvas e sacos no posto do nadador-salvador.',
        },
        category: 'environment',
        points: 50,
        impact: { unit: 'kg collected', quantity: 2 },
        place: { latitude: 38.6992, longitude: -9.418, radius: 150 },
        schedule: { kind: 'weekly', hours: [{ day: 7, open: '09:00', close: '12:00' }] },
        methods: ['qr-gps', 'steward'],
        limits: { oncePerOccurrence: true },
      },
    },
    {
      use: 'steward',
      weight: 0,
      body: {
        titles: { en: 'Blood donation', pt: 'Dádiva de sangue no Hospital de Cascais' },
        descriptions: {
          en: 'Give blood at the hospital on weekday mornings; a steward confirms it.',
          pt: 'Dê sangue no hospital nas manhãs dos dias úteis; um responsável confirma.',
        },
        category: 'health',
        points: 200,
        impact: { unit: 'blood donation', quantity: 1 },
        place: { latitude: 38.733, longitude: -9.4128, radius: 200 },
        schedule: { kind: 'weekly', hours: weekdays('08:30', '13:00') },
        methods: ['steward'],
        // Eight weeks between donations, as blood services ask.
        limits: { cooldownMinutes: 56 * 24 * 60 },
      },
    },
    {
      use: 'check-in',
      weight: 2,
      body: {
        titles: { en: 'Guided walk to Boca do Inferno', pt: 'Passeio guiado à Boca do Inferno' },
        descriptions: {
          en: 'Saturdays at ten, along the coast from the Cidadela to Boca do Inferno.',
          pt: 'Sábados às dez, pela costa da Cidadela até à Boca do Inferno.',
        },
        category: 'outdoors',
        points: 30,
        place: { latitude: 38.6913, longitude: -9.4309, radius: 250 },
        schedule: { kind: 'weekly', hours: [{ day: 6, open: '10:00', close: '12:00' }] },
        methods: ['steward', 'qr-gps'],
        limits: { oncePerOccurrence: true },
      },
    },
    {
      use: 'check-in',
      weight: 3,
      body: {
        titles: { en: 'Book donation point', pt: 'Ponto de doação de livros da Biblioteca' },
        descriptions: {
          en: "Leave children's books you have read in the box at the library's entrance.",
          pt: 'Deixe livros infantis já lidos na caixa à entrada da biblioteca.',
        },
        category: 'social',
        points: 15,
        impact: { unit: 'books donated', quantity: 1 },
        place: { latitude: 38.6961, longitude: -9.4205, radius: 60 },
        schedule: { kind: 'always' },
        methods: ['qr-gps', 'qr'],
        limits: { perPeriod: { count: 3, period: 'week' } },
      },
    },
    {
      use: 'none',
      weight: 0,
      body: {
        titles: { en: 'Concert in the park', pt: 'Concerto no Parque Marechal Carmona' },
        descriptions: {
          en: 'An open-air concert; scan the code on the screen by the stage.',
          pt: 'Um concerto ao ar livre; leia o código no ecrã junto ao palco.',
        },
        category: 'culture',
        points: 20,
        place: { latitude: 38.6955, longitude: -9.4235, radius: 200 },
        schedule: { kind: 'event', start: `${concertDay}T21:00`, end: `${concertDay}T23:30` },
        methods: ['qr'],
        limits: { oncePerOccurrence: true },
      },
    },
    {
      use: 'check-in',
      weight: 2,
      body: {
        titles: { en: 'Night walk', pt: 'Ronda noturna na Baía de Cascais' },
        descriptions: {
          en: 'Friday and Saturday nights: walk the bay with the neighbourhood watch.',
          pt: 'Sextas e sábados à noite: percorra a baía com a vigilância de bairro.',
        },
        category: 'social',
        points: 40,
        place: { latitude: 38.6976, longitude: -9.4197, radius: 300 },
        schedule: {
          kind: 'weekly',
          hours: [5, 6].map((day) => ({ day, open: '21:00', close: '01:00' })),
        },
        methods: ['qr-gps', 'steward'],
        limits: { oncePerOccurrence: true },
      },
    },
    {
      use: 'check-in',
      weight: 4,
      body: {
        titles: { en: 'Guincho beach', pt: 'Praia do Guincho' },
        descriptions: {
          en: 'Discover the wild beach under the Sintra hills; scan the code by the dunes.',
          pt: 'Descubra a praia selvagem sob a serra de Sintra; leia o código junto às dunas.',
        },
        category: 'outdoors',
        points: 10,
        place: { latitude: 38.729, longitude: -9.473, radius: 300 },
        schedule: { kind: 'always' },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 1, period: 'day' } },
      },
    },
    {
      use: 'check-in',
      weight: 2,
      body: {
        titles: { en: 'Lakeside trail at Rio da Mula', pt: 'Trilho da Barragem do Rio da Mula' },
        descriptions: {
          en: 'A walk around the reservoir in the Sintra-Cascais natural park.',
          pt: 'Um passeio à volta da albufeira no parque natural Sintra-Cascais.',
        },
        category: 'outdoors',
        points: 20,
        place: { latitude: 38.7537, longitude: -9.4297, radius: 400 },
        schedule: { kind: 'always' },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 1, period: 'day' } },
      },
    },
    {
      use: 'check-in',
      weight: 2,
      body: {
        titles: { en: 'Barbecue spot at Quinta da Alagoa', pt: 'Parque de merendas da Alagoa' },
        descriptions: {
          en: 'The picnic and barbecue park of Carcavelos; leave it clean.',
          pt: 'O parque de merendas de Carcavelos; deixe-o limpo.',
        },
        category: 'outdoors',
        points: 10,
        place: { latitude: 38.6884, longitude: -9.3391, radius: 200 },
        schedule: { kind: 'weekly', hours: [1, 2, 3, 4, 5, 6, 7].map(daytime) },
        methods: ['qr-gps'],
        limits: { perPeriod: { count: 2, period: 'week' } },
      },
    },
    {
      use: 'check-in',
      weight: 2,
      body: {
        titles: { en: 'Evening at Casa das Histórias', pt: 'Noite na Casa das Histórias' },
        descriptions: {
          en: 'Thursday evenings: a guided visit to the Paula Rego museum.',
          pt: 'Às quintas à noite: visita guiada ao museu Paula Rego.',
        },
        category: 'culture',
        points: 25,
        place: { latitude: 38.6928, longitude: -9.4218, radius: 100 },
        schedule: { kind: 'weekly', hours: [{ day: 4, open: '18:00', close: '21:00' }] },
        methods: ['qr'],
        limits: { oncePerOccurrence: true },
      },
    },
    {
      use: 'report',
      weight: 0,
      body: {
        titles: { en: 'Report a fault', pt: 'Reportar uma ocorrência' },
        descriptions: {
          en: 'A broken street light or a pothole reported in the municipality app.',
          pt: 'Um candeeiro avariado ou um buraco reportado na app do município.',
        },
        category: 'civic',
        points: 25,
        place: { latitude: 38.6968, longitude: -9.4215, radius: 5000 },
        schedule: { kind: 'always' },
        methods: ['integration'],
        limits: { perPeriod: { count: 3, period: 'week' } },
      },
    },
    {
      use: 'steward',
      weight: 0,
      body: {
        titles: { en: 'Animal shelter volunteering', pt: 'Voluntariado no Canil de Cascais' },
        descriptions: {
          en: 'Walk the dogs of the municipal shelter; the keeper confirms it.',
          pt: 'Passeie os cães do canil municipal; o tratador confirma.',
        },
        category: 'social',
        points: 60,
        place: { latitude: 38.727, longitude: -9.39, radius: 150 },
        schedule: { kind: 'always' },
        methods: ['steward'],
        limits: { perPeriod: { count: 1, period: 'day' } },
      },
    },
    {
      use: 'check-in',
      weight: 1,
      body: {
        titles: { en: 'Tree care in Parque Marechal Carmona', pt: 'Cuidar das árvores do Parque' },
        descriptions: {
          en: 'Saturday mornings: water and mulch the young trees with the park team.',
          pt: 'Sábados de manhã: regar e cobrir as árvores jovens com a equipa do parque.',
        },
        category: 'environment',
        points: 40,
        place: { latitude: 38.6947, longitude: -9.4243, radius: 200 },
        schedule: { kind: 'weekly', hours: [{ day: 6, open: '09:00', close: '12:00' }] },
        methods: ['qr-gps', 'steward'],
        limits: { oncePerOccurrence: true },
      },
    },
  ];
}

function everyDay(day: number) {
  return { day, open: '08:00', close: '22:00' };
}

function daytime(day: number) {
  return { day, open: '10:00', close: '20:00' };
}
