import { BEACH, callJson, Member, Town, TOWN_PASSWORD } from '@citypoints/platform/testing';
import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import {
  missingKeys,
  phone,
  SCREENSHOTS,
  seriousViolations,
  startWebSystem,
  WebSystem,
} from './web-app';

// Far from the beach: Lisbon's Praça do Comércio, about 25 km away.
const LISBON = { latitude: 38.7075, longitude: -9.1364 };

describe('the web app: a resident on their phone, through the gateway', () => {
  const tenant = 'web-town';
  let system: WebSystem;
  let town: Town;
  let beach: { activityId: string; code: string };

  beforeAll(async () => {
    system = await startWebSystem('web-resident.');
    const { gateway, identity } = system.cluster.services;
    town = new Town(tenant, gateway.url, identity.url);
    await town.found('pt', 'Europe/Lisbon');
    const admin = await town.staff('tenant-admin');
    beach = await town.publishActivity(admin, 30, 'Beach clean-up', ['qr-gps']);
    await untilVerificationKnows(town, await town.resident('Probe'), beach.code);
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

    await page.getByRole('link', { name: 'Presença' }).click();
    await page.getByLabel('Código da atividade').fill(beach.code);
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

  it('shows every page in English, Swedish and Portuguese with no missing text and no serious accessibility violation', async () => {
    const resident = await town.resident('Linnea');
    for (const [locale, language] of [
      ['en-GB', 'en'],
      ['sv-SE', 'sv'],
      ['pt-PT', 'pt'],
    ]) {
      const context = await phone(system.browser, system.origin, locale, BEACH);
      const page = await context.newPage();
      await page.goto('/');
      await page.locator('h1').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await expectNoProblems(page, `${language} town`);
      await page.goto(`/t/${tenant}/sign-in`);
      await expectNoProblems(page, `${language} sign-in`);
      await signIn(page, tenant, resident);
      for (const path of ['', '/activities', '/check-in', '/boards', '/settings']) {
        await page.goto(`/t/${tenant}${path}`);
        await page.locator('h1').waitFor();
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
    }
  });

  // No translation key missing since the page loaded, and no serious accessibility violation.
  async function expectNoProblems(page: Page, where: string): Promise<void> {
    expect({ where, missing: await missingKeys(page) }).toEqual({ where, missing: [] });
    expect({ where, violations: await seriousViolations(page) }).toEqual({
      where,
      violations: [],
    });
  }
});

// Signs `person` in through the sign-in page, as they would.
async function signIn(page: Page, tenant: string, person: Member) {
  await page.goto(`/t/${tenant}/sign-in`);
  await page.locator('input[type=email]').fill(person.email);
  await page.locator('input[type=password]').fill(TOWN_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(`**/t/${tenant}`);
}

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
