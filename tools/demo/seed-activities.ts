// The demo town's activities, at real places of Cascais, created and published by its admin
// through the gateway's public API, as a municipality's staff would.
import { callJson } from '@citypoints/platform/testing';

/** Where the demo reaches the system, and how it calls a service's internal API as a tool. */
export interface DemoSystem {
  gateway: string;
  identity: string;
  asService: (service: string) => Promise<Record<string, string>>;
}

const ADMIN = {
  email: 'admin@demo-town.example',
  password: 'recycling-station-2026',
  displayName: 'Demo Town admin',
};

/** A date `days` from today, 'YYYY-MM-DD' (UTC: near enough for a demo's concert). */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** About six activities of Cascais, in English and Portuguese, each schedule kind shown. */
function demoActivities(): Record<string, unknown>[] {
  const concertDay = inDays(30);
  return [
    {
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
    {
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
    {
      titles: { en: 'Blood donation', pt: 'Dádiva de sangue no Hospital de Cascais' },
      descriptions: {
        en: 'Give blood at the hospital on weekday mornings; a steward confirms it.',
        pt: 'Dê sangue no hospital nas manhãs dos dias úteis; um responsável confirma.',
      },
      category: 'health',
      points: 200,
      impact: { unit: 'blood donation', quantity: 1 },
      place: { latitude: 38.733, longitude: -9.4128, radius: 200 },
      schedule: {
        kind: 'weekly',
        hours: [1, 2, 3, 4, 5].map((day) => ({ day, open: '08:30', close: '13:00' })),
      },
      methods: ['steward'],
      // Eight weeks between donations, as blood services ask.
      limits: { cooldownMinutes: 56 * 24 * 60 },
    },
    {
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
    {
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
    {
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
  ];
}

/** A published demo activity: its id, where it is and the code on its poster. */
export interface DemoActivity {
  activityId: string;
  place: { latitude: number; longitude: number };
  code: string;
}

/** A caller of the gateway's public API as one signed-in person: GET, or POST with a body. */
export type DemoApi = (path: string, body?: object, method?: string) => ReturnType<typeof callJson>;

/**
 * Demo Town's admin, added through identity's internal API (as a platform operator's tool
 * would; again on a later start is a 409 that changes nothing) and signed in at the gateway.
 */
export async function signInDemoAdmin(tenant: string, system: DemoSystem): Promise<DemoApi> {
  await callJson(`${system.identity}/tenants/${tenant}/people`, {
    headers: await system.asService('identity'),
    body: { ...ADMIN, role: 'tenant-admin' },
  });
  const session = await callJson(`${system.gateway}/api/v1/tenants/${tenant}/sessions`, {
    body: { email: ADMIN.email, password: ADMIN.password },
  });
  if (session.status !== 200)
    throw new Error(`demo admin sign-in: ${JSON.stringify(session.body)}`);
  const token = session.body.accessToken as string;
  return (path, body, method) =>
    callJson(`${system.gateway}/api/v1${path}`, {
      token,
      body,
      method: method ?? (body ? 'POST' : 'GET'),
    });
}

/**
 * The admin (`api`) creates and publishes the demo activities through the gateway, skipping
 * those it already has (by English title), so that running it again adds nothing. Answers them
 * by English title, with their posters' codes.
 */
export async function seedDemoActivities(
  tenant: string,
  system: DemoSystem,
  api: DemoApi,
): Promise<Record<string, DemoActivity>> {
  type Listed = { activityId: string; state: string; titles: { en?: string } };
  const listed = (await api('/activities')).body.activities as Listed[];
  const ids: Record<string, DemoActivity> = {};
  for (const activity of demoActivities()) {
    const title = (activity.titles as { en: string }).en;
    let found = listed.find((existing) => existing.titles.en === title);
    if (!found) {
      const created = await api('/activities', activity);
      if (created.status !== 201) throw new Error(`demo activity: ${JSON.stringify(created.body)}`);
      found = created.body as Listed;
    }
    if (found.state === 'draft') {
      const published = await api(`/activities/${found.activityId}/publication`, {});
      if (published.status !== 200) {
        throw new Error(`demo publication: ${JSON.stringify(published.body)}`);
      }
    }
    const codes = await api(`/activities/${found.activityId}/codes`);
    if (codes.status !== 200) throw new Error(`demo codes: ${JSON.stringify(codes.body)}`);
    const place = activity.place as DemoActivity['place'];
    ids[title] = { activityId: found.activityId, place, code: codes.body.code as string };
  }
  console.log(`
Demo activities: ${Object.keys(ids).length} published in ${tenant}, managed by ${ADMIN.email} (password ${ADMIN.password}):
  curl -s "${system.gateway}/api/v1/activities/nearby?latitude=38.6968&longitude=-9.4215&language=pt" \\
    -H "authorization: Bearer <accessToken>"`);
  return ids;
}
