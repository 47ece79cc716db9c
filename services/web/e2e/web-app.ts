import AxeBuilder from '@axe-core/playwright';
import { Cluster, ServiceName, SERVICES, startTestServices } from '@citypoints/cluster';
import { workspaceRoot } from '@citypoints/local-infra';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the browser tests leave their screenshots, to be looked at. */
export const SCREENSHOTS = join(workspaceRoot(), '.infra/screenshots/web');

/** The whole system with the web app built from this tree and served by its gateway. */
export interface WebSystem {
  cluster: Cluster<ServiceName>;
  /** The gateway's origin, where the app and the API are. */
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the web app (Vite, production) into a temporary folder, starts every service as its
 * own process on this run's servers with the gateway serving that build (WEB_APP_DIR, rate
 * limits lifted: the tests poll), and launches headless Chromium.
 */
export async function startWebSystem(prefix: string): Promise<WebSystem> {
  const out = mkdtempSync(join(tmpdir(), 'citypoints-web-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'services/web/vite.config.mts', '--logLevel', 'warn'],
    {
      cwd: workspaceRoot(),
      env: { ...process.env, NODE_ENV: 'production', WEB_OUT_DIR: out },
      stdio: 'inherit',
    },
  );
  const names = Object.keys(SERVICES) as ServiceName[];
  const cluster = await startTestServices(names, {
    prefix,
    env: {
      gateway: { WEB_APP_DIR: out, RATE_LIMIT_PERSON: '1000000', RATE_LIMIT_IP: '1000000' },
    },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    cluster,
    origin: cluster.services.gateway.url,
    browser,
    async close() {
      await browser.close();
      await cluster.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}

/** A phone: 390 × 844, touch, in `locale`, its position `at` (granted). */
export function phone(
  browser: Browser,
  origin: string,
  locale: string,
  at?: { latitude: number; longitude: number; accuracy?: number },
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: origin,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    locale,
    ...(at && { geolocation: { accuracy: 10, ...at }, permissions: ['geolocation'] }),
  });
}

/**
 * The accessibility violations axe finds on the page that are serious or critical, against
 * WCAG 2.0–2.2 A and AA: each as `<rule>: <selector>, …`.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The translation keys the app asked for and lacked since it loaded (i18n.ts). */
export function missingKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.citypointsMissingKeys ?? [])]);
}
