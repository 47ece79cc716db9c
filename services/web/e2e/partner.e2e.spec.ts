import { BEACH, callJson, Member, Town } from '@citypoints/platform/testing';
import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  expectNoProblems,
  inLocale,
  phone,
  SCREENSHOTS,
  serveTestTiles,
  signIn,
  startWebSystem,
  TEST_TILE_URL,
  WebSystem,
} from './web-app';

describe("the web app: a partner's staff keep their offers and read their statistics; a resident explores an activity", () => {
  const tenant = 'web-partner-town';
  let system: WebSystem;
  let town: Town;
  let admin: Member;
  let cashier: Member;
  let partnerId: string;
  let beach: { activityId: string; code: string };

  beforeAll(async () => {
    // A tile server configured: the maps draw real tiles under the places.
    system = await startWebSystem('web-partner.', { WEB_MAP_TILE_URL: TEST_TILE_URL });
    const { gateway, identity } = system.cluster.services;
    town = new Town(tenant, gateway.url, identity.url);
    await town.found('pt', 'Europe/Lisbon');
    admin = await town.staff('tenant-admin');
    const partner = await callJson(town.api('/partners'), {
      token: admin.token,
      body: { name: 'Café do Mar', kind: 'business' },
      expected: 201,
    });
    partnerId = partner.body.partnerId as string;
    cashier = await town.staff('partner-staff', partnerId);
    await callJson(town.api(`/partners/${partnerId}/staff/${cashier.userId}`), {
      token: admin.token,
      method: 'PUT',
      body: {},
      expected: 200,
    });
    await inLocale(town, cashier, 'en');
    beach = await town.publishActivity(admin, 30, 'Beach clean-up', ['qr-gps', 'steward']);
  });

  afterAll(async () => {
    await system?.close();
  });

  it('lets partner staff create an offer, submit it, see it on sale once approved, pause it and read the statistics', async () => {
    const context = await phone(system.browser, system.origin, 'en-GB');
    const page = await context.newPage();
    await signIn(page, tenant, cashier, '/counter');
    const tabs = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await tabs.allTextContents()).toEqual(['Counter', 'Offers', 'Statistics']);
    await tabs.filter({ hasText: 'Offers' }).click();
    await page.getByRole('heading', { name: 'Our offers', level: 1 }).waitFor();
    await page.getByText('No offers yet.').waitFor();
    await expectNoProblems(page, 'offers, none yet');
    await page.getByRole('link', { name: 'New offer' }).click();
    await page.getByRole('heading', { name: 'New offer', level: 1 }).waitFor();

    // The API's refusals, next to their fields, in English.
    await page.getByLabel('Price in points').fill('0');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page
      .getByText('Give the offer a title and a description in at least one language.')
      .waitFor();
    await page.getByText('Enter a whole number of points, at least 1.').waitFor();
    await page.screenshot({
      path: join(SCREENSHOTS, 'partner-offer-refused-en.png'),
      fullPage: true,
    });
    await expectNoProblems(page, 'offer editor, refused');

    await page.getByLabel('Title (English)').fill('A coffee by the sea');
    await page.getByLabel('Description (English)').fill('An espresso or a galão, as you like.');
    await page.getByLabel('Title (Portuguese)').fill('Um café junto ao mar');
    await page.getByLabel('Description (Portuguese)').fill('Uma bica ou um galão, à escolha.');
    await page.getByLabel('Category').selectOption('food');
    await page.getByLabel('Price in points').fill('10');
    await page.getByLabel('Stock', { exact: true }).fill('50');
    await page.getByLabel('Terms').fill('At the Café do Mar counter, once per visit.');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('heading', { name: 'Our offers', level: 1 }).waitFor();
    const card = page.getByTestId('partner-offer').filter({ hasText: 'A coffee by the sea' });
    await card.getByText('Draft', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Submit for approval' }).click();
    await card.getByText('Submitted: the town will review it.').waitFor();
    await card.getByText('Waiting for approval', { exact: true }).waitFor();
    await page.screenshot({
      path: join(SCREENSHOTS, 'partner-offers-submitted-en.png'),
      fullPage: true,
    });
    await expectNoProblems(page, 'offers, submitted');

    // The town approves it through the public API; a resident gets a voucher of it.
    const { body: listed } = await callJson(town.api('/offers'), {
      token: cashier.token,
      expected: 200,
    });
    const offerId = (listed.offers as { offerId: string }[])[0].offerId;
    await callJson(town.api(`/offers/${offerId}/publication`), {
      token: admin.token,
      body: {},
      expected: 200,
    });
    const resident = await town.resident('Joana');
    await pointsFromTheBeach(resident);
    const redeemed = await callJson(town.api('/redemptions'), {
      token: resident.token,
      headers: { 'idempotency-key': randomUUID() },
      body: { offerId },
      expected: 202,
    });
    await waitFor('the voucher', async () => {
      const { body } = await callJson(
        town.api(`/redemptions/${redeemed.body.redemptionId as string}`),
        { token: resident.token },
      );
      return body.state === 'issued' ? true : undefined;
    });

    await page.reload();
    await card.getByText('On sale', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Pause' }).click();
    await card.getByText(/^Paused: residents cannot get it now/).waitFor();
    await card.getByText('Paused', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: 'Submit for approval' }).count()).toBe(0);
    await page.screenshot({
      path: join(SCREENSHOTS, 'partner-offers-paused-en.png'),
      fullPage: true,
    });
    await expectNoProblems(page, 'offers, paused');

    await tabs.filter({ hasText: 'Statistics' }).click();
    const totals = page.locator('table', {
      has: page.locator('caption', { hasText: 'All offers' }),
    });
    const row = totals.locator('tbody tr', { hasText: 'A coffee by the sea' });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(['1', '0', '0', '0']);
    await page.getByRole('heading', { name: 'A coffee by the sea' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'partner-statistics-en.png'), fullPage: true });
    await expectNoProblems(page, 'statistics');
    await context.close();
  });

  it("shows a resident an activity's page from the list, and the activities on a map with the configured tiles", async () => {
    const resident = await town.resident('Miguel');
    await inLocale(town, resident, 'en');
    const context = await phone(system.browser, system.origin, 'en-GB', BEACH);
    const tiles = await serveTestTiles(context);
    const page = await context.newPage();
    await signIn(page, tenant, resident);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Activities' })
      .click();
    await page.getByRole('link', { name: 'Beach clean-up' }).click();
    await page.getByRole('heading', { name: 'Beach clean-up', level: 1 }).waitFor();
    await page.getByText('Open at any time.').waitFor();
    await page.getByText('Show your personal code to a steward on site.').waitFor();
    await page.locator('.leaflet-container').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'activity-en.png'), fullPage: true });
    await expectNoProblems(page, 'activity');
    await page.getByRole('link', { name: 'Check in here' }).click();
    await page.waitForURL(`**/check-in?activity=${beach.activityId}`);

    await page.goto(`/t/${tenant}/activities`);
    await page.locator('.cards li').first().waitFor();
    await page.getByRole('button', { name: 'Map' }).click();
    await page.getByRole('application', { name: 'Map of the activities near you' }).waitFor();
    await page.locator('.leaflet-tooltip', { hasText: 'Beach clean-up' }).waitFor();
    await page.locator('img.leaflet-tile-loaded').first().waitFor();
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.every((path) => /^\/\d+\/\d+\/\d+\.png$/.test(path))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'activities-map-en.png'), fullPage: true });
    await expectNoProblems(page, 'activities map');
    await page.locator('.leaflet-interactive').last().waitFor();
    await context.close();
  });

  it('lets a resident give points to a person by the share code they show, after confirming their name', async () => {
    const giver = await town.resident('Pedro');
    const receiver = await town.resident('Ana Lopes');
    await inLocale(town, giver, 'en');
    await callJson(town.api('/me/consent'), {
      token: receiver.token,
      method: 'PUT',
      body: { visibility: 'public' },
      expected: 200,
    });
    await pointsFromTheBeach(giver);
    const me = async (member: Member) =>
      (await callJson(town.api('/me'), { token: member.token, expected: 200 })).body;
    const theirCode = (await me(receiver)).shareCode as string;
    const myCode = (await me(giver)).shareCode as string;

    const context = await phone(system.browser, system.origin, 'en-GB', BEACH);
    const page = await context.newPage();
    await signIn(page, tenant, giver);
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('link', { name: 'Give points' }).click();
    await page.getByRole('heading', { name: 'Give points', level: 1 }).waitFor();
    expect(await page.getByTestId('share-code').textContent()).toBe(myCode);
    await page.getByRole('img', { name: 'Your share code as a QR code' }).waitFor();
    await expectNoProblems(page, 'give');

    await page.getByLabel('Their share code').fill(myCode.toLowerCase());
    await page.getByRole('button', { name: 'Find the person' }).click();
    await page.getByText('That is your own share code').waitFor();
    await page.getByLabel('Their share code').fill('ZZZZ-ZZZZ');
    await page.getByRole('button', { name: 'Find the person' }).click();
    await page.getByText('No one in this town has this share code.').waitFor();

    await page
      .getByLabel('Their share code')
      .fill(`${theirCode.slice(0, 4).toLowerCase()}-${theirCode.slice(4)}`);
    await page.getByRole('button', { name: 'Find the person' }).click();
    await page.getByRole('heading', { name: 'Give to Ana Lopes' }).waitFor();
    await page.getByLabel('Points to give').fill('500');
    await page.getByRole('button', { name: 'Give to Ana Lopes' }).click();
    await page.getByText('You do not have that many points.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'give-refused-en.png'), fullPage: true });
    await expectNoProblems(page, 'give, refused');
    await page.getByLabel('Points to give').fill('12');
    await page.getByRole('button', { name: 'Give to Ana Lopes' }).click();
    await page.getByText('You gave 12 points to Ana Lopes. You have 18 points left.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'give-done-en.png'), fullPage: true });
    const balance = await callJson(town.api('/me/balance'), { token: receiver.token });
    expect(balance.body.balance).toBe(12);
    await context.close();
  });

  it("lets a group's founder rename it and hand it over, and a resident ask for the e-mail link again", async () => {
    const founder = await town.resident('Rui');
    const member = await town.resident('Carla');
    await inLocale(town, founder, 'en');
    await callJson(town.api('/me/consent'), {
      token: member.token,
      method: 'PUT',
      body: { visibility: 'public' },
      expected: 200,
    });
    const group = await callJson(town.api('/groups'), {
      token: founder.token,
      body: { name: 'Surfers', kind: 'team' },
      expected: 201,
    });
    await callJson(town.api('/groups/memberships'), {
      token: member.token,
      body: { inviteCode: group.body.inviteCode },
      expected: 200,
    });
    const context = await phone(system.browser, system.origin, 'en-GB', BEACH);
    const page = await context.newPage();
    await signIn(page, tenant, founder, '');
    await page.goto(`/t/${tenant}/groups`);
    await page.getByRole('heading', { name: 'Surfers' }).waitFor();
    await page.getByText('Manage the group').click();
    await page.getByLabel('New name').fill('Cascais surfers');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('heading', { name: 'Cascais surfers' }).waitFor();
    await page.getByRole('button', { name: 'Make Carla the founder' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'groups-manage-en.png'), fullPage: true });
    await expectNoProblems(page, 'groups, managed');
    await page.getByRole('button', { name: 'Make Carla the founder' }).click();
    await page.getByText('Member', { exact: true }).waitFor();
    expect(await page.getByText('Manage the group').count()).toBe(0);

    await page.goto(`/t/${tenant}/settings`);
    await page.getByText('Please verify your e-mail address').waitFor();
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByText('Sent: look in your mailbox.').waitFor();
    await expectNoProblems(page, 'settings, e-mail not verified');
    await page.goto(`/t/${tenant}/verify-email?token=not-a-real-token`);
    await page.getByText('This link is not valid any more').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-email-invalid-en.png') });
    await expectNoProblems(page, 'verify-email');
    await context.close();
  });

  it.each(['en', 'sv', 'pt'])(
    'has every new page in %s, with no missing text and no serious accessibility violation',
    async (language) => {
      const resident = await town.resident(`Sofia ${language}`);
      await callJson(town.api('/groups'), {
        token: resident.token,
        body: { name: `Beach friends ${language}`, kind: 'neighbourhood' },
        expected: 201,
      });
      await inLocale(town, cashier, language);
      await inLocale(town, resident, language);
      const staffContext = await phone(system.browser, system.origin, language);
      const staffPage = await staffContext.newPage();
      await signIn(staffPage, tenant, cashier, '/counter');
      for (const path of ['/partner/offers', '/partner/offers/new', '/partner/statistics']) {
        await staffPage.goto(`/t/${tenant}${path}`);
        await staffPage.locator('h1').waitFor();
        if (path === '/partner/offers')
          await staffPage.getByTestId('partner-offer').first().waitFor();
        if (path === '/partner/statistics') await staffPage.locator('table').first().waitFor();
        await staffPage.waitForLoadState('networkidle');
        expect(await staffPage.getAttribute('html', 'lang')).toBe(language);
        await staffPage.screenshot({
          path: join(SCREENSHOTS, `${path.slice(1).replace(/\//g, '-')}-${language}.png`),
          fullPage: true,
        });
        await expectNoProblems(staffPage, `${language} ${path}`);
      }
      await staffContext.close();

      const context = await phone(system.browser, system.origin, language, BEACH);
      await serveTestTiles(context);
      const page = await context.newPage();
      await signIn(page, tenant, resident);
      await page.goto(`/t/${tenant}/activities/${beach.activityId}`);
      await page.locator('.leaflet-container').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await page.screenshot({
        path: join(SCREENSHOTS, `activity-${language}.png`),
        fullPage: true,
      });
      await expectNoProblems(page, `${language} activity`);
      await page.goto(`/t/${tenant}/activities`);
      await page.locator('.cards li').first().waitFor();
      await page.locator('.segmented button').last().click();
      await page.locator('.leaflet-container').waitFor();
      await expectNoProblems(page, `${language} activities map`);
      for (const path of ['/give', '/groups', '/settings', '/verify-email?token=x']) {
        await page.goto(`/t/${tenant}${path}`);
        await page.locator('h1').waitFor();
        if (path === '/give') await page.getByTestId('share-code').waitFor();
        if (path === '/groups') await page.locator('details summary').first().click();
        if (path.startsWith('/verify')) await page.locator('[role=alert]').waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        const name = path.slice(1).replace(/\?.*/, '');
        await page.screenshot({
          path: join(SCREENSHOTS, `${name}-${language}.png`),
          fullPage: true,
        });
        await expectNoProblems(page, `${language} ${path}`);
      }
      await context.close();
    },
  );

  // The resident checked in at the beach through the public API (once verification knows the
  // activity), their 30 points credited.
  async function pointsFromTheBeach(resident: Member): Promise<void> {
    const checkIn = () =>
      callJson(town.api('/check-ins'), {
        token: resident.token,
        headers: { 'idempotency-key': randomUUID() },
        body: {
          code: beach.code,
          position: { ...BEACH, accuracy: 10 },
          scannedAt: new Date().toISOString(),
        },
      });
    await waitFor(
      'the check-in',
      async () => {
        const { status, body } = await checkIn();
        if (status === 201) return true;
        // Verification has not read the tenant's or the activity's events yet.
        if (String(body?.code).startsWith('unknown-')) return undefined;
        throw new Error(`the check-in answered ${status}: ${JSON.stringify(body)}`);
      },
      60_000,
    );
    await waitFor(
      'the 30 points',
      async () => {
        const answer = await callJson(town.api('/me/balance'), { token: resident.token });
        return answer.status === 200 && answer.body.balance === 30 ? true : undefined;
      },
      60_000,
    );
  }
});
