// A town's partners, their offers and two good causes, set up through the gateway's public API
// by its admin, as a municipality's staff would; each partner's counter staff too.
import { addPerson } from './add-person';
import { check, DemoApi, DemoSystem, signIn } from './demo-system';
import { DemoTown } from './town';

/** A partner of the demo with its published offers and its signed-in counter staff. */
export interface DemoPartnerSeeded {
  partnerId: string;
  name: string;
  offers: { offerId: string; pricePoints: number }[];
  staff: DemoApi;
}

type ListedOffer = { offerId: string; partnerId: string; state: string; texts: TitleTexts };
type TitleTexts = { en?: { title: string } };

/**
 * The town's rewards, through the gateway as its admin: its partners with their offers
 * published, each partner's counter staff (an account identity makes as a platform tool,
 * bound to the partner by the admin), and its causes published. What exists already (by
 * partner name, offer and cause title in English) is left as it is.
 */
export async function seedRewards(
  town: DemoTown,
  system: DemoSystem,
  admin: DemoApi,
  now: number,
): Promise<{ partners: DemoPartnerSeeded[]; causeIds: string[] }> {
  type Listed = { partnerId: string; name: string };
  const partners = check(await admin('/partners'), [200], 'partners').partners as Listed[];
  const offers = check(await admin('/offers'), [200], 'offers').offers as ListedOffer[];
  const seeded: DemoPartnerSeeded[] = [];
  for (const { offers: partnerOffers, staff, ...fields } of town.partners(now)) {
    const partnerId =
      partners.find((p) => p.name === fields.name)?.partnerId ??
      (check(await admin('/partners', fields), [201], 'partner').partnerId as string);
    const published = [];
    for (const offer of partnerOffers) {
      const title = (offer.texts as { en: { title: string } }).en.title;
      let found = offers.find((o) => o.partnerId === partnerId && o.texts.en?.title === title);
      found ??= check(
        await admin('/offers', { partnerId, ...offer }),
        [201],
        'offer',
      ) as ListedOffer;
      await publishOffer(admin, found);
      published.push({ offerId: found.offerId, pricePoints: offer.pricePoints as number });
    }
    const people = await addPerson(town.slug, system, {
      ...staff,
      role: 'partner-staff',
      partnerId,
    });
    check(people, [201, 409], 'partner staff');
    const session = await signIn(town.slug, system, staff);
    check(
      await admin(`/partners/${partnerId}/staff/${session.userId}`, {}, 'PUT'),
      [200],
      'staff binding',
    );
    seeded.push({ partnerId, name: fields.name, offers: published, staff: session.api });
  }
  return { partners: seeded, causeIds: await seedCauses(town, admin) };
}

async function publishOffer(admin: DemoApi, offer: ListedOffer): Promise<void> {
  if (offer.state === 'draft') {
    check(await admin(`/offers/${offer.offerId}/submission`, {}), [200], 'offer submission');
    offer.state = 'submitted';
  }
  if (offer.state === 'submitted') {
    check(await admin(`/offers/${offer.offerId}/publication`, {}), [200], 'offer publication');
  }
}

async function seedCauses(town: DemoTown, admin: DemoApi): Promise<string[]> {
  type ListedCause = { causeId: string; state: string; texts: TitleTexts };
  const causes = check(await admin('/causes'), [200], 'causes').causes as ListedCause[];
  const ids = [];
  for (const cause of town.causes) {
    let found = causes.find((c) => c.texts.en?.title === cause.texts.en.title);
    found ??= check(await admin('/causes', cause), [201], 'cause') as ListedCause;
    if (found.state === 'draft') {
      check(await admin(`/causes/${found.causeId}/publication`, {}), [200], 'cause publication');
    }
    ids.push(found.causeId);
  }
  return ids;
}
