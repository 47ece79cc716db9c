// The demo town's partners, their offers and two good causes, set up through the gateway's
// public API by its admin, as a municipality's staff would; one partner's counter staff too.
import { callJson } from '@citypoints/platform/testing';
import { v5 as uuidv5 } from 'uuid';
import { DemoApi, DemoSystem } from './demo-activities';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
// Deterministic ids for the demo's own commands, so that a second start repeats, not adds.
const DEMO_NAMESPACE = '5f0c7a52-6b3e-4d1c-9a57-0e6d2b8c4f11';

/** The counter staff of the demo's bus company, who check vouchers at its ticket office. */
export const DEMO_STAFF = {
  email: 'counter@carris.demo-town.example',
  password: 'bus-day-pass-2026',
  displayName: 'Carris ticket office',
};

interface DemoPartner {
  name: string;
  kind: 'business' | 'association';
  logoUrl: string;
  offers: Record<string, unknown>[];
}

function demoPartners(): DemoPartner[] {
  const sale = { saleStartsAt: at(-1), saleEndsAt: at(180) };
  return [
    {
      name: 'Carris Metropolitana',
      kind: 'business',
      logoUrl: 'https://www.carrismetropolitana.pt/favicon.ico',
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
          validUntil: at(200),
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

const CAUSES = [
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
];

/** Fails the start with what the API answered unless it is `expected`. */
function check(answer: { status: number; body: unknown }, expected: number[], what: string) {
  if (!expected.includes(answer.status)) {
    throw new Error(`demo ${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body as Record<string, unknown>;
}

/**
 * The demo tenant's rewards, through the gateway as its admin (`admin`): three partners with
 * their offers published, the bus company's counter staff bound to it, and two published causes.
 * What exists already (by partner name, offer and cause title in English) is left as it is.
 * Answers the causes' ids by English title.
 */
export async function seedDemoRewards(
  tenant: string,
  system: DemoSystem,
  admin: DemoApi,
): Promise<Record<string, string>> {
  type Listed = { partnerId: string; name: string };
  const partners = check(await admin('/partners'), [200], 'partners').partners as Listed[];
  type ListedOffer = {
    offerId: string;
    partnerId: string;
    state: string;
    texts: { en?: { title: string } };
  };
  const offers = check(await admin('/offers'), [200], 'offers').offers as ListedOffer[];
  let offerCount = 0;
  let staffPartner = '';
  for (const partner of demoPartners()) {
    const { offers: partnerOffers, ...fields } = partner;
    const partnerId =
      partners.find((p) => p.name === partner.name)?.partnerId ??
      (check(await admin('/partners', fields), [201], 'partner').partnerId as string);
    staffPartner ||= partnerId;
    for (const offer of partnerOffers) {
      const title = (offer.texts as { en: { title: string } }).en.title;
      let found = offers.find((o) => o.partnerId === partnerId && o.texts.en?.title === title);
      found ??= check(
        await admin('/offers', { partnerId, ...offer }),
        [201],
        'offer',
      ) as ListedOffer;
      if (found.state === 'draft') {
        check(await admin(`/offers/${found.offerId}/submission`, {}), [200], 'offer submission');
        found.state = 'submitted';
      }
      if (found.state === 'submitted') {
        check(await admin(`/offers/${found.offerId}/publication`, {}), [200], 'offer publication');
      }
      offerCount++;
    }
  }

  // The bus company's counter staff: an account identity makes (as a platform tool), bound to
  // the partner in rewards by the admin.
  const staff = await callJson(`${system.identity}/tenants/${tenant}/people`, {
    headers: await system.asService('identity'),
    body: { ...DEMO_STAFF, role: 'partner-staff', partnerId: staffPartner },
  });
  check(staff, [201, 409], 'partner staff');
  const session = check(
    await callJson(`${system.gateway}/api/v1/tenants/${tenant}/sessions`, {
      body: { email: DEMO_STAFF.email, password: DEMO_STAFF.password },
    }),
    [200],
    'partner staff sign-in',
  );
  check(
    await admin(`/partners/${staffPartner}/staff/${session.userId as string}`, {}, 'PUT'),
    [200],
    'staff binding',
  );

  type ListedCause = { causeId: string; state: string; texts: { en?: { title: string } } };
  const causes = check(await admin('/causes'), [200], 'causes').causes as ListedCause[];
  const causeIds: Record<string, string> = {};
  for (const cause of CAUSES) {
    const title = cause.texts.en.title;
    let found = causes.find((c) => c.texts.en?.title === title);
    found ??= check(await admin('/causes', cause), [201], 'cause') as ListedCause;
    if (found.state === 'draft') {
      check(await admin(`/causes/${found.causeId}/publication`, {}), [200], 'cause publication');
    }
    causeIds[title] = found.causeId;
  }
  console.log(`
Demo rewards: ${partners.length > 0 ? 'kept' : 'added'} 3 partners with ${offerCount} offers on sale and ${CAUSES.length} causes in ${tenant}.
  Partner counter: ${DEMO_STAFF.email} (password ${DEMO_STAFF.password}), staff of Carris Metropolitana:
  curl -s "${system.gateway}/api/v1/counter/vouchers?code=<code>" -H "authorization: Bearer <accessToken>"`);
  return causeIds;
}

/** A command id of the demo's own, the same on every start: `name` as a UUIDv5. */
export function demoCommandId(name: string): string {
  return uuidv5(name, DEMO_NAMESPACE);
}
