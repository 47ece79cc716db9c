// The demo's Cascais: the tenant `demo-town` (its slug and accounts as the README names them).
import { cascaisActivities } from './cascais-activities';
import { DemoPartner, DemoTown } from './town';

const DAY = 86_400_000;

function cascaisPartners(now: number): DemoPartner[] {
  const sale = {
    saleStartsAt: new Date(now - DAY).toISOString(),
    saleEndsAt: new Date(now + 180 * DAY).toISOString(),
  };
  return [
    {
      name: 'Carris Metropolitana',
      kind: 'business',
      logoUrl: 'https://www.carrismetropolitana.pt/favicon.ico',
      staff: {
        email: 'counter@carris.demo-town.example',
        password: 'bus-day-pass-2026',
        displayName: 'Carris ticket office',
      },
      offers: [
        {
          texts: {
            en: { title: 'Bus day pass', description: 'A day on every Carris bus in Cascais.' },
            pt: { title: 'Passe diário', description: 'Um dia em todos os autocarros em Cascais.' },
          },
          category: 'transit',
          pricePoints: 150,
          stock: 200,
          perPersonLimit: 4,
          ...sale,
          validDays: 30,
          terms: 'Show the code at the ticket office at Cascais bus terminal.',
        },
      ],
    },
    {
      name: 'MobiCascais',
      kind: 'business',
      logoUrl: 'https://www.cascais.pt/favicon.ico',
      staff: {
        email: 'bikes@mobicascais.demo-town.example',
        password: 'shared-bicycle-2026',
        displayName: 'MobiCascais station',
      },
      offers: [
        {
          texts: {
            en: { title: 'Bike hire, one day', description: 'A shared bike for a whole day.' },
            pt: {
              title: 'Bicicleta por um dia',
              description: 'Uma bicicleta partilhada por um dia.',
            },
          },
          category: 'mobility',
          pricePoints: 100,
          stock: null,
          perPersonLimit: 2,
          ...sale,
          validDays: 14,
          terms: 'At any MobiCascais station; helmet not included.',
        },
      ],
    },
    {
      name: 'Centro Cultural de Cascais',
      kind: 'association',
      logoUrl: 'https://www.cascais.pt/favicon.ico',
      staff: {
        email: 'desk@centrocultural.demo-town.example',
        password: 'open-air-stage-2026',
        displayName: 'Centro Cultural desk',
      },
      offers: [
        {
          texts: {
            en: {
              title: 'Summer concert ticket',
              description: 'One seat at the open-air concert.',
            },
            pt: { title: 'Bilhete de concerto', description: 'Um lugar no concerto ao ar livre.' },
          },
          category: 'culture',
          pricePoints: 400,
          stock: 50,
          perPersonLimit: 1,
          ...sale,
          validUntil: new Date(now + 200 * DAY).toISOString(),
          terms: 'Seats are not numbered; doors open an hour before.',
        },
        {
          texts: {
            en: { title: '10% at the organic market', description: 'On one basket at the stall.' },
            pt: { title: '10% no mercado biológico', description: 'Num cabaz na banca.' },
          },
          category: 'food',
          pricePoints: 80,
          stock: 100,
          perPersonLimit: null,
          ...sale,
          validDays: 60,
          terms: 'Saturdays at the Mercado da Vila organic stall.',
        },
      ],
    },
  ];
}

export const CASCAIS: DemoTown = {
  slug: 'demo-town',
  name: 'Demo Town (Cascais)',
  defaultLocale: 'pt',
  timeZone: 'Europe/Lisbon',
  admin: {
    email: 'admin@demo-town.example',
    password: 'recycling-station-2026',
    displayName: 'Demo Town admin',
  },
  steward: {
    email: 'steward@demo-town.example',
    password: 'shelter-keeper-2026',
    displayName: 'Rita, animal shelter',
  },
  knownResidents: [
    { email: 'ana@demo-town.example', password: 'beach-clean-up-2026', displayName: 'Ana' },
  ],
  residentPassword: 'sardinha-azul-7319',
  mailDomain: 'demo-town.example',
  firstNames: [
    'João',
    'Maria',
    'Pedro',
    'Inês',
    'Tiago',
    'Beatriz',
    'Rui',
    'Carolina',
    'Miguel',
    'Sofia',
    'Duarte',
    'Leonor',
    'Francisco',
    'Matilde',
    'Gonçalo',
    'Marta',
    'Nuno',
    'Catarina',
  ],
  lastNames: [
    'Silva',
    'Santos',
    'Ferreira',
    'Pereira',
    'Oliveira',
    'Costa',
    'Rodrigues',
    'Martins',
    'Sousa',
    'Fernandes',
    'Gonçalves',
    'Gomes',
    'Lopes',
    'Marques',
  ],
  reportSource: 'urn:demo-town:a-minha-rua',
  activities: cascaisActivities,
  partners: cascaisPartners,
  causes: [
    {
      texts: {
        en: {
          title: 'Trees for Parque Marechal Carmona',
          description: 'Every 500 points plant a tree.',
        },
        pt: {
          title: 'Árvores no Parque Marechal Carmona',
          description: 'Cada 500 pontos plantam uma árvore.',
        },
      },
      target: 50_000,
    },
    {
      texts: {
        en: {
          title: 'Beach wheelchairs',
          description: 'Amphibious wheelchairs for Praia da Conceição.',
        },
        pt: {
          title: 'Cadeiras anfíbias',
          description: 'Cadeiras de rodas anfíbias para a Praia da Conceição.',
        },
      },
      target: 20_000,
    },
  ],
  groups: [
    { name: 'Turma 7.º B, Escola Ibn Mucana', kind: 'school' },
    { name: 'Bairro de São João do Estoril', kind: 'neighbourhood' },
    { name: 'Clube de Surf do Guincho', kind: 'association' },
    { name: 'Corredores da Marginal', kind: 'team' },
    { name: 'Vizinhos da Torre', kind: 'neighbourhood' },
  ],
};
