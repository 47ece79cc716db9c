import { BEACH, callJson, Member, Town, TOWN_PASSWORD } from '@citypoints/platform/testing';
import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  browserWithCamera,
  expectNoProblems,
  inLocale,
  phone,
  qrAsCameraVideo,
  SCREENSHOTS,
  signIn,
  startWebSystem,
  svgAsCameraVideo,
  WebSystem,
} from './web-app';

// Far from the beach: Lisbon's Praça do Comércio, about 25 km away.
const LISBON = { latitude: 38.7075, longitude: -9.1364 };

describe('the web app: residents on their phones and a partner at the counter, through the gateway', () => {
  const tenant = 'web-town';
  let system: WebSystem;
  let town: Town;
  let admin: Member;
  let beach: { activityId: string; code: string; typedCode: string };
  let dunes: { activityId: string; code: string };

  beforeAll(async () => {
    system = await startWebSystem('web-resident.');
    const { gateway, identity } = system.cluster.services;
    town = new Town(tenant, gateway.url, identity.url);
    await town.found('pt', 'Europe/Lisbon');
    admin = await town.staff('tenant-admin');
    const published = await town.publishActivity(admin, 30, 'Beach clean-up', ['qr-gps']);
    const codes = await callJson(town.api(`/activities/${published.activityId}/codes`), {
      token: admin.token,
      expected: 200,
    });
    beach = { ...published, typedCode: codes.body.typedCode as string };
    dunes = await town.publishActivity(admin, 15, 'Dune walk', ['qr-gps', 'steward']);
    const probe = await town.resident('Probe');
    await untilVerificationKnows(town, probe, beach.code);
    await untilVerificationKnows(town, probe, dunes.code);
  });

  afterAll(async () => {
    await system?.close();
  });

  it('signs up in Portuguese, checks in with the typed code at the beach and sees the points arrive', async () => {
    const context = await phone(system.browser, system.origin, 'pt-PT', BEACH);
    const page = await context.newPage();
    await page.goto(`/t/${tenant}/sign-up`);
    await expectNoProblems(page, 'sign-up');
    await page.getByLabel('O seu nome').fill('Rita Almeida');
    await page.getByLabel('E-mail').fill(`rita-${Date.now()}@${tenant}.example`);
    await page.getByLabel('Palavra-passe').fill('short');
    await page.getByRole('button', { name: 'Criar conta' }).click();
    // The API's refusal, next to the field and in Portuguese.
    await page.getByText('Use pelo menos 10 caracteres').waitFor();
    await page.getByLabel('Palavra-passe').fill('maré-cheia-em-cascais-9');
    await page.getByRole('button', { name: 'Criar conta' }).click();
    await page.waitForURL(`**/t/${tenant}`);
    const balance = page.getByTestId('balance');
    await waitFor('a balance of 0', async () =>
      (await balance.textContent()) === '0 pontos' ? true : undefined,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'home-before-pt.png') });

    // Without a camera: the activity chosen in the list, the code under its QR code typed.
    await page.getByRole('link', { name: 'Atividades' }).click();
    await page.getByRole('heading', { name: 'Beach clean-up (pt)' }).waitFor();
    const card = page.locator('li', {
      has: page.getByRole('heading', { name: 'Beach clean-up (pt)' }),
    });
    await card.getByRole('link', { name: 'Registar presença aqui' }).click();
    await page.getByLabel('Código da atividade').fill(beach.typedCode.toLowerCase());
    await page.getByRole('button', { name: 'Registar presença' }).click();
    await page.getByText('Presença registada: 30 pontos a caminho.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'check-in-verified-pt.png') });

    await page.getByRole('link', { name: 'Início' }).click();
    await waitFor('the 30 points on the home page', async () =>
      (await balance.textContent()) === '30 pontos' ? true : undefined,
    );
    await page.getByText('Beach clean-up').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'home-after-pt.png') });

    await context.close();
  });

  it('is served by the gateway: pages by their path, hashed files cached for good, the API apart', async () => {
    const get = (path: string, accept = 'text/html') =>
      fetch(`${system.origin}${path}`, { headers: { accept } });
    const page = await get(`/t/${tenant}/boards`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await get(script ?? '', '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/sw.js', '*/*')).headers.get('cache-control')).toBe('no-cache');
    const api = await get('/api/v1/nowhere');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect((await get('/missing.png', 'image/png')).status).toBe(404);
  });

  it("tells a resident away from the activity's place why they were not checked in", async () => {
    const resident = await town.resident('Tiago');
    const context = await phone(system.browser, system.origin, 'pt-PT', LISBON);
    const page = await context.newPage();
    await signIn(page, tenant, resident);
    await page.getByRole('link', { name: 'Presença' }).click();
    await page.getByLabel('Código da atividade').fill(beach.code);
    await page.getByRole('button', { name: 'Registar presença' }).click();
    await page.getByText('Não está no local da atividade.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'check-in-outside-pt.png') });
    await expectNoProblems(page, 'check-in refused');
    await context.close();
  });

  it("checks in by scanning the poster's QR code with the camera, the position taken at that moment", async () => {
    const poster = await fetch(town.api(`/activities/${beach.activityId}/poster.svg`), {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(poster.status).toBe(200);
    const video = join(mkdtempSync(join(tmpdir(), 'citypoints-camera-')), 'poster.y4m');
    await svgAsCameraVideo(system.browser, await poster.text(), video);
    const camera = await browserWithCamera(video);
    try {
      const resident = await town.resident('Duarte');
      const context = await phone(camera, system.origin, 'pt-PT', BEACH);
      await context.grantPermissions(['camera', 'geolocation']);
      const page = await context.newPage();
      await signIn(page, tenant, resident);
      await page.getByRole('link', { name: 'Presença' }).click();
      await page.getByRole('button', { name: 'Ler o código QR' }).click();
      await page.getByText('Presença registada: 30 pontos a caminho.').waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(SCREENSHOTS, 'check-in-scanned-pt.png') });
      await waitFor('the 30 points', async () =>
        (await balanceOf(town, resident)) === 30 ? true : undefined,
      );
    } finally {
      await camera.close();
    }
  });

  it("lets a steward scan a resident's personal QR code and confirms the participation", async () => {
    const resident = await town.resident('Beatriz');
    const issued = await callJson(town.api('/me/qr-token'), {
      token: resident.token,
      method: 'POST',
      expected: 201,
    });
    const video = join(mkdtempSync(join(tmpdir(), 'citypoints-camera-')), 'card.y4m');
    qrAsCameraVideo(issued.body.token as string, video);
    const camera = await browserWithCamera(video);
    try {
      const steward = await town.staff('verifier');
      await inLocale(town, steward, 'en');
      const context = await phone(camera, system.origin, 'en-GB', BEACH);
      await context.grantPermissions(['camera', 'geolocation']);
      const page = await context.newPage();
      await signIn(page, tenant, steward, '/steward');
      const options = page.getByLabel('Activity').locator('option');
      await options.first().waitFor({ state: 'attached' });
      expect(await options.allTextContents()).toEqual(['Dune walk']);
      await page.getByRole('button', { name: 'Scan a personal code' }).click();
      const result = page.getByTestId('steward-result').locator('p');
      await result.waitFor({ timeout: 30_000 });
      expect(await result.textContent()).toBe('Verified: 15 points for the participant.');
      await page.screenshot({ path: join(SCREENSHOTS, 'steward-verified-en.png') });
      await expectNoProblems(page, 'steward');
      await waitFor('the 15 points', async () =>
        (await balanceOf(town, resident)) === 15 ? true : undefined,
      );
    } finally {
      await camera.close();
    }
  });

  it('keeps a check-in made offline on the phone, also across a reload, and sends it when the connection returns', async () => {
    const resident = await town.resident('Inês');
    const context = await phone(system.browser, system.origin, 'pt-PT', BEACH);
    const page = await context.newPage();
    await signIn(page, tenant, resident);
    // The service worker has cached the app, so that it opens with no connection.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByRole('link', { name: 'Presença' }).click();
    await context.setOffline(true);
    await page.getByLabel('Código da atividade').fill(beach.code);
    await page.getByRole('button', { name: 'Registar presença' }).click();
    await page.getByText('Está sem ligação: a presença fica guardada no telemóvel').waitFor();
    const kept = page.getByTestId('kept-check-ins');
    await kept.getByText('À espera de ligação').waitFor();
    await page.reload();
    await kept.getByText('À espera de ligação').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'check-in-offline-pt.png') });
    expect(await balanceOf(town, resident)).toBe(0);

    await context.setOffline(false);
    await kept.getByText('Presença registada: 30 pontos.').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'check-in-sent-pt.png') });
    await waitFor('the 30 points', async () =>
      (await balanceOf(town, resident)) === 30 ? true : undefined,
    );
    await context.close();
  });

  it('redeems a voucher and shows its QR code; the partner marks it used at the counter, and refuses it the second time', async () => {
    const partner = await callJson(town.api('/partners'), {
      token: admin.token,
      body: { name: 'Padaria Central', kind: 'business' },
      expected: 201,
    });
    const partnerId = partner.body.partnerId as string;
    const cashier = await town.staff('partner-staff', partnerId);
    await inLocale(town, cashier, 'en');
    await callJson(town.api(`/partners/${partnerId}/staff/${cashier.userId}`), {
      token: admin.token,
      method: 'PUT',
      body: {},
      expected: 200,
    });
    const draft = await callJson(town.api('/offers'), {
      token: admin.token,
      body: {
        partnerId,
        texts: {
          en: { title: 'A loaf of bread', description: 'Fresh from the oven.' },
          pt: { title: 'Um pão', description: 'Acabado de sair do forno.' },
        },
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
    const offer = `/offers/${draft.body.offerId as string}`;
    for (const step of ['submission', 'publication']) {
      await callJson(town.api(`${offer}/${step}`), { token: admin.token, body: {}, expected: 200 });
    }
    const resident = await town.resident('Marta');
    await checkedInAtTheBeach(resident);

    const phoneContext = await phone(system.browser, system.origin, 'pt-PT', BEACH);
    const page = await phoneContext.newPage();
    await signIn(page, tenant, resident);
    await page.getByRole('link', { name: 'Ofertas' }).click();
    await page.getByRole('heading', { name: 'Um pão' }).waitFor();
    await page.getByRole('button', { name: 'Obter este vale' }).click();
    await page.getByText('O seu vale está pronto.').waitFor({ timeout: 60_000 });
    await expectNoProblems(page, 'offers');
    await page.getByRole('link', { name: 'Mostrar' }).click();
    const qr = page.getByRole('img', { name: /Código QR do vale/ });
    await qr.waitFor();
    expect((await qr.boundingBox())?.width).toBeGreaterThan(200);
    const code = (await page.getByTestId('voucher-code').first().textContent()) ?? '';
    expect(code).toMatch(/\w/);
    await page.screenshot({ path: join(SCREENSHOTS, 'voucher-pt.png') });
    await expectNoProblems(page, 'vouchers');

    // The counter's camera sees the voucher's QR code on the customer's phone.
    const video = join(mkdtempSync(join(tmpdir(), 'citypoints-camera-')), 'voucher.y4m');
    qrAsCameraVideo(code, video);
    const camera = await browserWithCamera(video);
    const counterContext = await phone(camera, system.origin, 'en-GB');
    await counterContext.grantPermissions(['camera']);
    const counter = await counterContext.newPage();
    await signIn(counter, tenant, cashier, '/counter');
    const tabs = counter.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await tabs.allTextContents()).toEqual(['Counter', 'Offers', 'Statistics']);
    await counter.getByRole('button', { name: "Scan the voucher's QR code" }).click();
    await counter
      .getByTestId('counter-voucher')
      .getByText('Valid', { exact: true })
      .waitFor({ timeout: 30_000 });
    expect(await counter.getByLabel('Voucher code').inputValue()).toBe(code);
    await counter.getByRole('heading', { name: 'A loaf of bread' }).waitFor();
    await counter.getByRole('button', { name: 'Mark as used' }).click();
    await counter.getByText('Marked as used.').waitFor();
    await counter.screenshot({ path: join(SCREENSHOTS, 'counter-used-en.png') });
    await expectNoProblems(counter, 'counter');

    await counter.getByRole('button', { name: 'Check' }).click();
    await counter.getByTestId('counter-voucher').getByText('Used', { exact: true }).waitFor();
    await counter.getByText(/Already used on .* at Staff partner-staff\./).waitFor();
    expect(await counter.getByRole('button', { name: 'Mark as used' }).count()).toBe(0);
    const again = await callJson(town.api('/counter/vouchers/use'), {
      token: cashier.token,
      body: { code },
    });
    expect({ status: again.status, code: again.body.code }).toEqual({
      status: 409,
      code: 'voucher-used',
    });
    await counter.screenshot({ path: join(SCREENSHOTS, 'counter-second-use-en.png') });
    await phoneContext.close();
    await counterContext.close();
    await camera.close();
  });

  it('founds a group and joins it by its link, gives points to a cause, takes a copy of the data and erases the account', async () => {
    const cause = await callJson(town.api('/causes'), {
      token: admin.token,
      body: {
        texts: { pt: { title: 'Banco alimentar', description: 'Refeições para quem precisa.' } },
      },
      expected: 201,
    });
    await callJson(town.api(`/causes/${cause.body.causeId as string}/publication`), {
      token: admin.token,
      body: {},
      expected: 200,
    });
    const [founder, joiner] = [await town.resident('Sofia'), await town.resident('Rui')];
    const first = await phone(system.browser, system.origin, 'pt-PT', BEACH);
    const page = await first.newPage();
    await signIn(page, tenant, founder);
    await page.goto(`/t/${tenant}/groups`);
    await page.getByLabel('Nome do grupo').fill('Turma 7B');
    await page.getByLabel('Tipo de grupo').selectOption('school');
    await page.getByRole('button', { name: 'Fundar o grupo' }).click();
    await page.getByRole('heading', { name: 'Turma 7B' }).waitFor();
    const link =
      (await page.getByRole('link', { name: /groups\?invite=/ }).getAttribute('href')) ?? '';
    await expectNoProblems(page, 'groups');
    await first.close();

    await checkedInAtTheBeach(joiner);
    const second = await phone(system.browser, system.origin, 'pt-PT', BEACH);
    const phone2 = await second.newPage();
    await signIn(phone2, tenant, joiner);
    await phone2.goto(link);
    await phone2.getByRole('button', { name: 'Entrar', exact: true }).click();
    const group = phone2.locator('li', { has: phone2.getByRole('heading', { name: 'Turma 7B' }) });
    await group.getByText('2 membros').waitFor();
    await phone2.screenshot({ path: join(SCREENSHOTS, 'groups-pt.png'), fullPage: true });

    await phone2.goto(`/t/${tenant}/causes`);
    const food = phone2.locator('li', {
      has: phone2.getByRole('heading', { name: 'Banco alimentar' }),
    });
    await food.getByLabel('Pontos a doar').fill('50');
    await food.getByRole('button', { name: 'Doar' }).click();
    await food.getByText('Não tem pontos suficientes para isto.').waitFor();
    await food.getByLabel('Pontos a doar').fill('10');
    await food.getByRole('button', { name: 'Doar' }).click();
    await food.getByText('Obrigado: doou 10 pontos.').waitFor();
    await food.getByText('10 pontos doados até agora').waitFor();
    expect(await balanceOf(town, joiner)).toBe(20);
    await expectNoProblems(phone2, 'causes');

    await phone2.goto(`/t/${tenant}/privacy`);
    await phone2.getByLabel('Com uma alcunha').check();
    await phone2.getByRole('textbox', { name: 'Alcunha' }).fill('Maré');
    await phone2.getByRole('button', { name: 'Guardar' }).click();
    await phone2.getByText('Guardado.').waitFor();
    const [copy] = await Promise.all([
      phone2.waitForEvent('download'),
      phone2.getByRole('button', { name: 'Descarregar os meus dados' }).click(),
    ]);
    const data = JSON.parse(await readFile((await copy.path()) ?? '', 'utf8'));
    expect(data.person).toMatchObject({
      visibility: 'nickname',
      nickname: 'Maré',
      email: joiner.email,
    });
    await expectNoProblems(phone2, 'privacy');
    await phone2.screenshot({ path: join(SCREENSHOTS, 'privacy-pt.png'), fullPage: true });
    await phone2.getByRole('button', { name: 'Apagar a minha conta' }).click();
    await phone2.getByRole('button', { name: 'Sim, apagar para sempre' }).click();
    await phone2.waitForURL(`**/t/${tenant}/sign-in`);
    const signIn2 = await callJson(town.api(`/tenants/${tenant}/sessions`), {
      body: { email: joiner.email, password: TOWN_PASSWORD },
    });
    expect(signIn2.status).toBe(401);
    await second.close();
  });

  it("shows last week's winners on the boards once the admin closed the week", async () => {
    const resident = await town.resident('Tomás');
    const week = await callJson(town.api('/leaderboards/people?period=week'), {
      token: resident.token,
      expected: 200,
    });
    const weekStart = Date.parse(week.body.period.startsAt as string);
    // A check-in sent late (an offline phone), made a minute before this week began.
    await callJson(town.api('/tenant/settings'), {
      token: admin.token,
      method: 'PATCH',
      body: {
        verification: { lateCheckInHours: 168 },
        leaderboardBonuses: [{ rank: 1, points: 100 }],
      },
    });
    const scannedAt = new Date(weekStart - 60_000).toISOString();
    await waitFor('the late check-in verified', async () => {
      const answer = await callJson(town.api('/check-ins'), {
        token: resident.token,
        headers: { 'idempotency-key': randomUUID() },
        body: { code: beach.code, position: { ...BEACH, accuracy: 10 }, scannedAt },
      });
      return answer.status === 201 ? true : undefined;
    });
    await waitFor('the points on the all-time board', async () => {
      const mine = await callJson(town.api('/leaderboards/people/me?period=all'), {
        token: resident.token,
      });
      return mine.body?.entry?.score === 30 ? true : undefined;
    });
    const context = await phone(system.browser, system.origin, 'pt-PT', BEACH);
    const page = await context.newPage();
    await signIn(page, tenant, resident);
    await page.goto(`/t/${tenant}/boards`);
    const lastWeek = /Vencedores de (\d{4}-W\d{2})/;
    const heading = page.getByRole('heading', { name: lastWeek });
    await heading.waitFor();
    const id = lastWeek.exec((await heading.textContent()) ?? '')?.[1] ?? '';
    await page.getByText('Ainda sem vencedores').waitFor();
    await callJson(town.api(`/leaderboards/closures?period=${id}`), {
      token: admin.token,
      method: 'POST',
      expected: 201,
    });
    await page.reload();
    const winners = page.getByTestId('past-winners');
    await winners.getByText('30 pontos · bónus de 100 pontos').waitFor();
    expect(await winners.locator('li').first().textContent()).toContain('1.º');
    await page.screenshot({
      path: join(SCREENSHOTS, 'boards-past-winners-pt.png'),
      fullPage: true,
    });
    await expectNoProblems(page, 'past winners');
    await context.close();
  });

  it('lets the admin create and publish an activity with the map picker and download its poster', async () => {
    await inLocale(town, admin, 'en');
    const context = await phone(system.browser, system.origin, 'en-GB', BEACH);
    const page = await context.newPage();
    await signIn(page, tenant, admin, '/admin/activities');
    const tabs = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await tabs.allTextContents()).toEqual(['Admin', 'Verify', 'Boards']);
    await page.getByRole('link', { name: 'New activity' }).click();
    await page
      .locator('fieldset', { hasText: 'English' })
      .getByLabel('Title')
      .fill('Tide pool survey');
    await page
      .locator('fieldset', { hasText: 'Português' })
      .getByLabel('Title')
      .fill('Censo das poças de maré');
    await page.getByLabel('Points per participation').fill('25');
    // The map opens where the admin is: a click in its middle puts the place there.
    const map = page.getByRole('application', { name: 'Map: click to set the place' });
    await page.locator('.map.leaflet-container').waitFor();
    await map.click();
    const latitude = Number(await page.getByLabel('Latitude').inputValue());
    const longitude = Number(await page.getByLabel('Longitude').inputValue());
    expect(Math.abs(latitude - BEACH.latitude)).toBeLessThan(0.001);
    expect(Math.abs(longitude - BEACH.longitude)).toBeLessThan(0.001);
    await page.getByLabel('Radius (metres)').fill('80');
    await page.screenshot({
      path: join(SCREENSHOTS, 'admin-activity-editor-en.png'),
      fullPage: true,
    });
    await expectNoProblems(page, 'activity editor');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    const saved = page.getByTestId('saved-activity');
    await saved.getByRole('heading', { name: 'Draft' }).waitFor();
    await saved.getByRole('button', { name: 'Publish' }).click();
    await saved.getByRole('heading', { name: 'Published' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      saved.getByRole('button', { name: 'Poster (PDF)' }).click(),
    ]);
    const pdf = await readFile((await download.path()) ?? '');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const listed = await callJson(town.api('/activities'), { token: admin.token, expected: 200 });
    const created = (
      listed.body.activities as { titles: { en?: string }; state: string; place?: object }[]
    ).find((activity) => activity.titles.en === 'Tide pool survey');
    expect(created).toMatchObject({ state: 'published', place: { radius: 80 } });
    await context.close();
  });

  it.each([
    ['en-GB', 'en'],
    ['sv-SE', 'sv'],
    ['pt-PT', 'pt'],
  ])(
    'shows every page in %s with no missing text and no serious accessibility violation',
    async (locale, language) => {
      const resident = await town.resident(`Linnea ${language}`);
      const context = await phone(system.browser, system.origin, locale, BEACH);
      const page = await context.newPage();
      await page.goto('/');
      await page.locator('h1').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await expectNoProblems(page, `${language} town`);
      await page.goto(`/t/${tenant}/sign-in`);
      await expectNoProblems(page, `${language} sign-in`);
      await signIn(page, tenant, resident);
      // The account reads Portuguese, the town's language: the person switches.
      await page.locator('header select').selectOption(language);
      for (const path of [
        '',
        '/activities',
        '/check-in',
        '/offers',
        '/vouchers',
        '/boards',
        '/card',
        '/groups',
        '/causes',
        '/privacy',
        '/settings',
      ]) {
        await page.goto(`/t/${tenant}${path}`);
        await page.locator('h1').waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        if (path === '/activities') await page.locator('.cards li').first().waitFor();
        if (path === '/boards') await page.locator('.segmented').waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({
          path: join(SCREENSHOTS, `${(path || '/home').slice(1)}-${language}.png`),
          fullPage: true,
        });
        await expectNoProblems(page, `${language} ${path || 'home'}`);
      }
      await context.close();
    },
  );

  it("shows the steward's page in English, Swedish and Portuguese with no missing text and no serious accessibility violation", async () => {
    const steward = await town.staff('verifier');
    for (const [locale, language] of [
      ['en-GB', 'en'],
      ['sv-SE', 'sv'],
      ['pt-PT', 'pt'],
    ]) {
      const context = await phone(system.browser, system.origin, locale, BEACH);
      const page = await context.newPage();
      await signIn(page, tenant, steward, '/steward');
      await page.locator('header select').selectOption(language);
      await page.getByRole('option', { name: 'Dune walk' }).waitFor({ state: 'attached' });
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await page.screenshot({ path: join(SCREENSHOTS, `steward-${language}.png`), fullPage: true });
      await expectNoProblems(page, `${language} steward`);
      await context.close();
    }
  });

  // The resident checked in at the beach through the public API, their 30 points credited.
  async function checkedInAtTheBeach(resident: Member): Promise<void> {
    await callJson(town.api('/check-ins'), {
      token: resident.token,
      headers: { 'idempotency-key': randomUUID() },
      body: {
        code: beach.code,
        position: { ...BEACH, accuracy: 10 },
        scannedAt: new Date().toISOString(),
      },
      expected: 201,
    });
    await waitFor('the 30 points', async () =>
      (await balanceOf(town, resident)) === 30 ? true : undefined,
    );
  }
});

// Until verification has read the tenant's and the activity's events: a probe's check-in from
// far away is refused by a rule (outside-place), not for an unknown tenant or activity.
async function untilVerificationKnows(town: Town, probe: Member, code: string): Promise<void> {
  await waitFor('verification to know the activity', async () => {
    const { status, body } = await callJson(town.api('/check-ins'), {
      token: probe.token,
      headers: { 'idempotency-key': randomUUID() },
      body: { code, position: { ...LISBON, accuracy: 10 }, scannedAt: new Date().toISOString() },
    });
    return status === 422 && body.code === 'outside-place' ? true : undefined;
  });
}

// The resident's balance through the public API, once the ledger has opened their account.
async function balanceOf(town: Town, resident: Member): Promise<number | undefined> {
  const answer = await callJson(town.api('/me/balance'), { token: resident.token });
  return answer.status === 200 ? (answer.body.balance as number) : undefined;
}
