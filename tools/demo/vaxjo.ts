// The demo's Swedish municipality: Växjö, in Swedish and English.
import { DemoPartner, DemoTown } from './town';
import { vaxjoActivities } from './vaxjo-activities';

const DAY = 86_400_000;

function offer(
  [en, sv]: [{ title: string; description: string }, { title: string; description: string }],
  fields: Record<string, unknown>,
): Record<string, unknown> {
  return { texts: { en, sv }, ...fields };
}

function vaxjoPartners(now: number): DemoPartner[] {
  const sale = {
    saleStartsAt: new Date(now - DAY).toISOString(),
    saleEndsAt: new Date(now + 180 * DAY).toISOString(),
  };
  return [
    {
      name: 'Länstrafiken Kronoberg',
      kind: 'business',
      logoUrl: 'https://www.lanstrafikenkron.se/favicon.ico',
      staff: {
        email: 'kundcenter@lanstrafiken.vaxjo.example',
        password: 'blue-city-bus-2026',
        displayName: 'Länstrafiken kundcenter',
      },
      offers: [
        offer(
          [
            { title: '24-hour bus ticket', description: 'Every town bus in Växjö for a day.' },
            { title: 'Dygnsbiljett', description: 'Alla stadsbussar i Växjö i ett dygn.' },
          ],
          { category: 'transit', pricePoints: 150, stock: 200, perPersonLimit: 4 },
        ),
      ],
    },
    {
      name: 'Växjö Cykeluthyrning',
      kind: 'business',
      logoUrl: 'https://vaxjo.se/favicon.ico',
      staff: {
        email: 'cykel@uthyrning.vaxjo.example',
        password: 'two-wheels-lake-2026',
        displayName: 'Cykeluthyrningen',
      },
      offers: [
        offer(
          [
            { title: 'Bike hire, one day', description: 'A city bike for a whole day.' },
            { title: 'Hyrcykel en dag', description: 'En stadscykel en hel dag.' },
          ],
          { category: 'mobility', pricePoints: 100, stock: null, perPersonLimit: 2 },
        ),
      ],
    },
    {
      name: 'Växjö Konserthus',
      kind: 'association',
      logoUrl: 'https://vaxjo.se/favicon.ico',
      staff: {
        email: 'biljett@konserthus.vaxjo.example',
        password: 'musica-vitae-2026',
        displayName: 'Konserthusets biljettkassa',
      },
      offers: [
        offer(
          [
            { title: 'Concert ticket', description: 'One seat at a Musica Vitae concert.' },
            { title: 'Konsertbiljett', description: 'En plats på en konsert med Musica Vitae.' },
          ],
          { category: 'culture', pricePoints: 400, stock: 50, perPersonLimit: 1 },
        ),
        offer(
          [
            { title: '10% at the organic shop', description: 'On one bag at the farm shop.' },
            { title: '10% i ekobutiken', description: 'På en kasse i gårdsbutiken.' },
          ],
          { category: 'food', pricePoints: 80, stock: 100, perPersonLimit: null },
        ),
      ],
    },
  ].map((partner) => ({
    ...partner,
    kind: partner.kind as DemoPartner['kind'],
    offers: partner.offers.map((o) => ({ ...o, ...sale, validDays: 30, terms: TERMS })),
  }));
}

const TERMS = 'Show the code at the counter; one code, one use.';

export const VAXJO: DemoTown = {
  slug: 'vaxjo',
  name: 'Växjö kommun',
  defaultLocale: 'sv',
  timeZone: 'Europe/Stockholm',
  admin: {
    email: 'admin@vaxjo.example',
    password: 'kronoberg-lakes-2026',
    displayName: 'Växjö kommun admin',
  },
  steward: {
    email: 'steward@vaxjo.example',
    password: 'dog-walk-keeper-2026',
    displayName: 'Lars, djurhemmet',
  },
  knownResidents: [
    { email: 'elsa@vaxjo.example', password: 'lake-trummen-walk-2026', displayName: 'Elsa' },
  ],
  residentPassword: 'kanelbulle-gran-8462',
  mailDomain: 'vaxjo.example',
  firstNames: [
    'Erik',
    'Anna',
    'Lars',
    'Karin',
    'Johan',
    'Maja',
    'Oskar',
    'Ebba',
    'Nils',
    'Alva',
    'Gustav',
    'Saga',
    'Axel',
    'Wilma',
    'Viktor',
    'Ingrid',
    'Emil',
    'Astrid',
  ],
  lastNames: [
    'Andersson',
    'Johansson',
    'Karlsson',
    'Nilsson',
    'Eriksson',
    'Larsson',
    'Olsson',
    'Persson',
    'Svensson',
    'Gustafsson',
    'Pettersson',
    'Lindqvist',
    'Berg',
    'Holm',
  ],
  reportSource: 'urn:vaxjo:felanmalan',
  activities: vaxjoActivities,
  partners: vaxjoPartners,
  causes: [
    {
      texts: {
        en: { title: 'Trees for Fylleryd', description: 'Every 500 points plant an oak.' },
        sv: { title: 'Träd till Fylleryd', description: 'Var 500:e poäng planterar en ek.' },
      },
      target: 50_000,
    },
    {
      texts: {
        en: { title: 'Homework help', description: 'Evening homework help at the library.' },
        sv: { title: 'Läxhjälp', description: 'Läxhjälp på kvällstid i biblioteket.' },
      },
      target: 20_000,
    },
  ],
  groups: [
    { name: 'Klass 8B, Teleborgsskolan', kind: 'school' },
    { name: 'Grannar i Teleborg', kind: 'neighbourhood' },
    { name: 'Växjö Orienteringsklubb', kind: 'association' },
    { name: 'Lagets löpare', kind: 'team' },
    { name: 'Öster i Växjö', kind: 'neighbourhood' },
  ],
};
