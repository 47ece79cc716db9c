import { BEACH, callJson, Member, Town, TOWN_PASSWORD } from '@citypoints/platform/testing';
import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { expectNoProblems, phone, SCREENSHOTS, signIn, startWebSystem, WebSystem } from './web-app';

// A desk: the admin pages are used at one as much as on a phone.
const DESK = { width: 1280, height: 900 };

describe("the web app: the town's admin manages activities, reviews, partners, offers, causes, boards, statistics, people and groups", () => {
  const tenant = 'admin-town';
  let system: WebSystem;
  let town: Town;
  let admin: Member;
  let resident: Member;
  let cashier: Member;
  let harbour: { activityId: string; code: string };
  let cleanUp: { activityId: string; code: string };
  let offerId: string;

  beforeAll(async () => {
    system = await startWebSystem('web-admin.');
    const { gateway, identity } = system.cluster.services;
    town = new Town(tenant, gateway.url, identity.url);
    await town.found('pt', 'Europe/Lisbon');
    admin = await town.staff('tenant-admin');
    await callJson(town.api('/me'), {
      token: admin.token,
      method: 'PATCH',
      body: { locale: 'en' },
      expected: 200,
    });
    harbour = await town.publishActivity(admin, 10, 'Harbour walk', ['qr-gps']);
    // Check-ins of activities worth 50 points or more wait for a person's review.
    await callJson(town.api('/tenant/settings'), {
      token: admin.token,
      method: 'PATCH',
      body: { verification: { reviewPointsAtLeast: 50 } },
      expected: 200,
    });
    cleanUp = await town.publishActivity(admin, 50, 'Big clean-up', ['qr-gps']);
    // Until verification has heard the rule: a check-in judged before it is verified (201), and
    // the next try is a new resident's; one waiting for review is accepted (202).
    resident = await town.resident('Ines');
    let last: unknown;
    await waitFor(
      'a check-in waiting for review',
      async () => {
        const { status, body } = await callJson(town.api('/check-ins'), {
          token: resident.token,
          headers: { 'idempotency-key': randomUUID() },
          body: {
            code: cleanUp.code,
            position: { ...BEACH, accuracy: 10 },
            scannedAt: new Date().toISOString(),
          },
        });
        last = { status, body };
        if (status === 202 && body.state === 'pending-review') return true;
        if (status === 201) resident = await town.resident('Ines');
        await new Promise((resolve) => setTimeout(resolve, 250));
        return undefined;
      },
      60_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; last answer ${JSON.stringify(last)}`);
    });
    const partner = await callJson(town.api('/partners'), {
      token: admin.token,
      body: { name: 'Padaria Central', kind: 'business' },
      expected: 201,
    });
    const partnerId = partner.body.partnerId as string;
    cashier = await town.staff('partner-staff', partnerId);
    const draft = await callJson(town.api('/offers'), {
      token: admin.token,
      body: {
        partnerId,
        texts: { en: { title: 'A loaf of bread', description: 'Fresh from the oven.' } },
        category: 'food',
        pricePoints: 20,
        stock: 5,
        perPersonLimit: null,
        saleStartsAt: new Date(Date.now() - 86_400_000).toISOString(),
        saleEndsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        validDays: 30,
        terms: 'At the Padaria Central counter.',
      },
      expected: 201,
    });
    offerId = draft.body.offerId as string;
    await callJson(town.api(`/offers/${offerId}/submission`), {
      token: admin.token,
      body: {},
      expected: 200,
    });
  });

  afterAll(async () => {
    await system?.close();
  });

  it('edits an activity, shows its code on a screen, archives it, decides a review, approves an offer and sets the boards’ rules, in English', async () => {
    const context = await phone(system.browser, system.origin, 'en-GB', BEACH);
    const page = await context.newPage();
    await signIn(page, tenant, admin, '/admin/activities');
    const tabs = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await tabs.allTextContents()).toEqual(['Admin', 'Verify', 'Boards']);
    await tabs.first().click();
    await page.getByRole('heading', { name: 'Town administration' }).waitFor();
    await shoot(page, 'hub-en');

    // An activity edited: points, weekly hours, a limit per day; the API has them.
    await section(page, 'Activities');
    await page.getByRole('link', { name: 'Edit Harbour walk' }).click();
    await page.getByRole('heading', { name: 'Edit activity' }).waitFor();
    const english = page.locator('fieldset', { hasText: 'English' }).getByLabel('Title');
    await waitFor('the activity in the editor', async () =>
      (await english.inputValue()) === 'Harbour walk' ? true : undefined,
    );
    await page.getByLabel('Points per participation').fill('0');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // The API's refusal, next to its field, in English.
    await page.getByText('Enter a whole number of points').waitFor();
    await page.getByLabel('Points per participation').fill('12');
    await page.getByLabel('Every week, during opening hours').check();
    await page.getByRole('button', { name: 'Add opening hours' }).click();
    await page.getByLabel('Opens').fill('08:00');
    await page.getByLabel('Closes').fill('20:00');
    await page.getByLabel('At most this many check-ins').fill('1');
    await page.getByRole('combobox', { name: /^Per\b/ }).selectOption('day');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('saved-activity').getByText('Saved.').waitFor();
    await shoot(page, 'activity-edited-en');
    const edited = await callJson(town.api(`/activities/${harbour.activityId}`), {
      token: admin.token,
      expected: 200,
    });
    expect(edited.body).toMatchObject({
      points: 12,
      schedule: { kind: 'weekly', hours: [{ day: 1, open: '08:00', close: '20:00' }] },
      limits: { perPeriod: { count: 1, period: 'day' } },
    });

    // Its rotating code, full-screen, as an event's screen shows it; then archived.
    await page.getByRole('link', { name: 'Back to the activities' }).click();
    await page.getByRole('link', { name: 'Show the QR code of Harbour walk on a screen' }).click();
    const qr = page.getByRole('img', { name: 'QR code to check in at Harbour walk' });
    await qr.waitFor();
    // The code shown is the one the API gives now (or the one before, at a change).
    const rotating = () =>
      callJson(town.api(`/activities/${harbour.activityId}/codes/rotating`), {
        token: admin.token,
        expected: 200,
      }).then(({ body }) => body.code as string);
    const before = await rotating();
    const shownCode = await qr.getAttribute('data-qr');
    expect([before, await rotating()]).toContain(shownCode);
    await shoot(page, 'screen-en');
    await page.getByRole('link', { name: 'Back to the activities' }).click();
    await page.getByRole('button', { name: 'Archive Harbour walk' }).click();
    await page.getByText('Harbour walk is archived.').waitFor();
    await shoot(page, 'activities-en');
    const archived = await callJson(town.api(`/activities/${harbour.activityId}`), {
      token: admin.token,
      expected: 200,
    });
    expect(archived.body.state).toBe('archived');

    // The check-in waiting for review: a decision needs a reason; approved, it earns the points.
    await section(page, 'Reviews');
    await page.getByRole('heading', { name: 'Big clean-up' }).waitFor();
    await shoot(page, 'reviews-en');
    await page.getByRole('button', { name: 'Approve the check-in at Big clean-up' }).click();
    await page.locator('.field .error').first().waitFor();
    await page.getByLabel('Reason for your decision').fill('Seen on the photos of the day.');
    await page.getByRole('button', { name: 'Approve the check-in at Big clean-up' }).click();
    await page.getByText('Approved: the check-in at Big clean-up earns its points.').waitFor();
    await page.getByText('Nothing to review.').waitFor();
    await waitFor('the 50 points', async () => {
      const { body } = await callJson(town.api('/me/balance'), { token: resident.token });
      return body.balance === 50 ? true : undefined;
    });

    // The offer the partner submitted, approved: it is on sale.
    await section(page, 'Offers to approve');
    await page.getByRole('heading', { name: 'A loaf of bread' }).waitFor();
    await shoot(page, 'offers-en');
    await page.getByRole('button', { name: 'Approve and publish A loaf of bread' }).click();
    await page.getByText('A loaf of bread is published.').waitFor();
    const offer = await callJson(town.api(`/offers/${offerId}`), {
      token: admin.token,
      expected: 200,
    });
    expect(offer.body.state).toBe('published');

    // A partner created (a bad phone number refused next to its field), a staff account bound.
    await section(page, 'Partners');
    await page.getByRole('heading', { name: 'Padaria Central' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Bike Kitchen');
    await page.getByLabel('Kind').selectOption('association');
    await page.getByLabel('Contact phone').fill('12');
    await page.getByRole('button', { name: 'Create partner' }).click();
    await page.locator('[aria-invalid=true]').waitFor();
    await page.getByLabel('Contact phone').fill('+46812345678');
    await page.getByRole('button', { name: 'Create partner' }).click();
    await page.getByText('Bike Kitchen is saved.').waitFor();
    const padaria = page.locator('li.card', {
      has: page.getByRole('heading', { name: 'Padaria Central' }),
    });
    await padaria.getByLabel('Person id of a staff account').fill(cashier.userId);
    await padaria.getByRole('button', { name: 'Bind to this partner' }).click();
    await page.getByText('The account is now bound to Padaria Central.').waitFor();
    await padaria.getByText(cashier.userId).waitFor();
    await shoot(page, 'partners-en');

    // A cause created and published.
    await section(page, 'Causes');
    const english2 = page.locator('fieldset', { hasText: 'English' });
    await english2.getByLabel('Title').fill('Trees for the park');
    await english2.getByLabel('Description').fill('Twenty new trees along the river.');
    await page.getByLabel('Target (points)').fill('5000');
    await page.getByRole('button', { name: 'Create cause' }).click();
    await page.getByText('Trees for the park is saved.').waitFor();
    await page.getByRole('button', { name: 'Publish Trees for the park' }).click();
    await page.getByText('Trees for the park is published.').waitFor();
    await shoot(page, 'causes-en');

    // Bonus points for the first two places; a person hidden from the boards.
    await section(page, 'Leaderboards');
    await page.getByRole('button', { name: 'Add a place' }).click();
    await page.getByRole('button', { name: 'Add a place' }).click();
    const bonus = (n: number) => page.locator('fieldset', { hasText: `Bonus ${n}` });
    await bonus(1).getByLabel('Points').fill('100');
    await bonus(2).getByLabel('Points').fill('50');
    await page.getByRole('button', { name: 'Save bonus rules' }).click();
    await page.getByText('The bonus rules are saved.').waitFor();
    await page.getByLabel('Person id to hide').fill(resident.userId);
    await page.getByRole('button', { name: 'Hide from the boards' }).click();
    await page.getByText(resident.userId).waitFor();
    await shoot(page, 'boards-en');
    const hidden = await callJson(town.api('/leaderboards/hidden-people'), {
      token: admin.token,
      expected: 200,
    });
    expect(hidden.body.people).toEqual([expect.objectContaining({ userId: resident.userId })]);

    await section(page, 'Statistics');
    await page.locator('table').last().waitFor();
    await page.waitForLoadState('networkidle');
    await shoot(page, 'statistics-en');
    await context.close();

    // At a desk, the statistics and the hub.
    const desk = await system.browser.newContext({
      baseURL: system.origin,
      viewport: DESK,
      locale: 'en-GB',
    });
    const wide = await desk.newPage();
    await signIn(wide, tenant, admin, '/admin/activities');
    await wide.goto(`/t/${tenant}/admin/statistics`);
    await wide.locator('table').last().waitFor();
    await wide.waitForLoadState('networkidle');
    await shoot(wide, 'statistics-desk-en');
    await wide.goto(`/t/${tenant}/admin/activities/${cleanUp.activityId}/screen`);
    await wide.locator('div.qr svg').waitFor();
    await shoot(wide, 'screen-desk-en');
    await desk.close();
  });

  it('finds a resident, sees their points, suspends and reinstates them, changes a steward’s role, refuses acting on oneself, renames a group and removes a member', async () => {
    // A resident with 30 points (an admin's correction), a steward, and a group of three.
    const nuno = await town.resident('Nuno Ferreira');
    const steward = await town.staff('verifier');
    const adjustmentId = randomUUID();
    await waitFor('the correction of 30 points', async () => {
      const { status, body } = await callJson(town.api('/me/balance'), { token: nuno.token });
      if (status !== 200) return undefined;
      const adjusted = await callJson(town.api(`/accounts/${body.accountId}/adjustments`), {
        token: admin.token,
        body: { adjustmentId, points: 30, reason: 'Helped at the harbour fair' },
      });
      return adjusted.status === 200 ? true : undefined;
    });
    const created = await callJson(town.api('/groups'), {
      token: nuno.token,
      body: { name: 'Harbour Runners', kind: 'team' },
      expected: 201,
    });
    const { groupId, inviteCode } = created.body as { groupId: string; inviteCode: string };
    const rita = await town.resident('Rita');
    const tiago = await town.resident('Tiago');
    const consent = await callJson(town.api('/me/consent'), {
      token: rita.token,
      method: 'PUT',
      body: { visibility: 'public' },
    });
    expect(consent.status).toBeLessThan(300);
    for (const member of [rita, tiago]) {
      await callJson(town.api('/groups/memberships'), {
        token: member.token,
        body: { inviteCode },
        expected: 200,
      });
    }

    const context = await phone(system.browser, system.origin, 'en-GB', BEACH);
    const page = await context.newPage();
    await signIn(page, tenant, admin, '/admin/activities');

    // The resident found by a part of their name; their balance and the correction.
    await section(page, 'People');
    await page.getByLabel('Name or e-mail').fill('nuno');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('1–1 of 1').waitFor();
    await shoot(page, 'people-en');
    await page.getByRole('link', { name: 'Open Nuno Ferreira' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuno Ferreira' }).waitFor();
    await page.getByText('Balance: 30 points').waitFor();
    await page.getByText('Helped at the harbour fair').waitFor();

    // Suspended: their sign-in is refused; reinstated: they sign in again.
    await page.getByRole('button', { name: 'Suspend Nuno Ferreira' }).click();
    await page.getByText('Nuno Ferreira is suspended and signed out.').waitFor();
    await page.getByText('Suspended', { exact: true }).waitFor();
    await shoot(page, 'person-suspended-en');
    const refused = await callJson(town.api(`/tenants/${tenant}/sessions`), {
      body: { email: nuno.email, password: TOWN_PASSWORD },
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'account-suspended' } });
    await page.getByRole('button', { name: 'Reinstate Nuno Ferreira' }).click();
    await page.getByText('Nuno Ferreira can sign in again.').waitFor();
    await town.signIn(nuno.email);

    // The steward made partner staff: first without a partner (refused next to the field).
    await page.getByRole('link', { name: 'Back to the people' }).click();
    await page.getByRole('combobox', { name: /^Role\b/ }).selectOption('verifier');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'Open Staff verifier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff verifier' }).waitFor();
    await page.getByLabel('New role').selectOption('partner-staff');
    await page.getByRole('button', { name: 'Change role' }).click();
    await page.getByText('Partner staff need a partner; other roles have none.').waitFor();
    await page.getByLabel('Partner they work for').selectOption({ label: 'Padaria Central' });
    await page.getByRole('button', { name: 'Change role' }).click();
    await page.getByText('Staff verifier is now: Partner staff.').waitFor();
    await shoot(page, 'person-role-en');
    const changed = await callJson(town.api(`/people/${steward.userId}`), {
      token: admin.token,
      expected: 200,
    });
    expect(changed.body).toMatchObject({ role: 'partner-staff', partnerId: expect.any(String) });

    // The admin's own account: suspending it is refused, in English, by the button.
    await page.getByRole('link', { name: 'Back to the people' }).click();
    await page.getByLabel('Name or e-mail').fill(admin.email);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'Open Staff tenant-admin' }).click();
    await page.getByRole('button', { name: 'Suspend Staff tenant-admin' }).click();
    await page.getByText('You cannot do this to your own account; ask another admin.').waitFor();
    await shoot(page, 'refused-self-en');

    // The group found, renamed, and Rita (named as she consented) taken out of it.
    await section(page, 'Groups');
    await page.getByLabel('Name of the group').fill('harbour');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const runners = page.locator('li.card', {
      has: page.getByRole('heading', { name: 'Harbour Runners' }),
    });
    await runners.getByText('Founded by Nuno Ferreira').waitFor();
    await runners.getByText('Manage Harbour Runners').click();
    await runners.getByText(tiago.userId).waitFor();
    await runners.getByLabel('New name').fill('Harbour Striders');
    await runners.getByRole('button', { name: 'Rename' }).click();
    await page.getByText('The group is now called Harbour Striders.').waitFor();
    const striders = page.locator('li.card', {
      has: page.getByRole('heading', { name: 'Harbour Striders' }),
    });
    await striders.getByRole('button', { name: 'Remove Rita from the group' }).click();
    await page.getByText('Rita was removed from Harbour Striders.').waitFor();
    await striders.getByText('2 members').waitFor();
    await shoot(page, 'groups-en');
    const members = await callJson(town.api(`/groups/${groupId}/members`), {
      token: admin.token,
      expected: 200,
    });
    expect(members.body.members.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [nuno.userId, tiago.userId].sort(),
    );
    const listed = await callJson(town.api('/groups?search=striders'), {
      token: admin.token,
      expected: 200,
    });
    expect(listed.body.groups).toEqual([
      expect.objectContaining({ groupId, name: 'Harbour Striders', memberCount: 2 }),
    ]);
    await context.close();
  });

  it.each(['en', 'sv', 'pt'])(
    'shows every admin page in %s with no missing text and no serious accessibility violation',
    async (language) => {
      const pages = [
        '/admin',
        '/admin/activities',
        '/admin/activities/new',
        `/admin/activities/${cleanUp.activityId}`,
        `/admin/activities/${cleanUp.activityId}/screen`,
        '/admin/reviews',
        '/admin/partners',
        '/admin/offers',
        '/admin/causes',
        '/admin/boards',
        '/admin/statistics',
        '/admin/people',
        `/admin/people/${resident.userId}`,
        '/admin/groups',
      ];
      const context = await phone(system.browser, system.origin, 'en-GB', BEACH);
      const page = await context.newPage();
      await signIn(page, tenant, admin, '/admin/activities');
      // The choice is kept in the account too (PATCH /me) before the next page loads.
      await Promise.all([
        page.waitForResponse(
          (answer) => answer.url().endsWith('/api/v1/me') && answer.request().method() === 'PATCH',
        ),
        page.locator('header select').selectOption(language),
      ]);
      for (const path of pages) {
        await page.goto(`/t/${tenant}${path}`);
        await page.locator('h1').waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        await page.waitForLoadState('networkidle');
        if (path.endsWith('/screen')) await page.locator('div.qr svg').waitFor();
        const name = path.replace(cleanUp.activityId, 'one').replace(resident.userId, 'one');
        await page.screenshot({
          path: join(SCREENSHOTS, `${name.slice(1).replaceAll('/', '-')}-${language}.png`),
          fullPage: true,
        });
        await expectNoProblems(page, `${language} ${path}`);
      }
      await context.close();
    },
  );

  // Opens a section of the administration from its hub, by the section's name.
  async function section(page: Page, name: string) {
    await page.goto(`/t/${tenant}/admin`);
    await page.getByRole('main').getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }
});

// A full-page screenshot of `page` into SCREENSHOTS, to be looked at.
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `admin-walk-${name}.png`), fullPage: true });
}
