import AxeBuilder from '@axe-core/playwright';
import { Cluster, ServiceName, SERVICES, startTestServices } from '@citypoints/cluster';
import { workspaceRoot } from '@citypoints/local-infra';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BarcodeFormat, QRCodeWriter } from '@zxing/library';
import { callJson, Member, Town, TOWN_PASSWORD } from '@citypoints/platform/testing';
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
 * limits lifted: the tests poll; `gatewayEnv` adds to its settings), and launches headless
 * Chromium.
 */
export async function startWebSystem(
  prefix: string,
  gatewayEnv: Record<string, string> = {},
): Promise<WebSystem> {
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
      gateway: {
        WEB_APP_DIR: out,
        RATE_LIMIT_PERSON: '1000000',
        RATE_LIMIT_IP: '1000000',
        ...gatewayEnv,
      },
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

const [WIDTH, HEIGHT] = [640, 480];

/**
 * A video file of `svg` (e.g. an activity's poster) for Chromium's fake camera
 * (--use-file-for-fake-video-capture): one frame, drawn by `browser` scaled to fit 640 × 480 on
 * white with crisp edges, as print shows it (anti-aliased, the poster's QR code, drawn as runs
 * of modules, would show seams between its rows), in Y4M (YUV 4:2:0, grey: every chroma sample
 * 128). Writes it to `file`.
 */
export async function svgAsCameraVideo(browser: Browser, svg: string, file: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The grey levels (BT.601 luma) of the frame, base64: a megabyte of pixels as a JSON array
  // would take the DevTools protocol half a minute.
  const base64: string = await page.evaluate(
    async ({ svg, width, height }) => {
      const image = new Image();
      const crisp = svg.replace('<svg ', '<svg shape-rendering="crispEdges" ');
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(crisp)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [width, height];
      const draw = canvas.getContext('2d') as CanvasRenderingContext2D;
      draw.fillStyle = '#fff';
      draw.fillRect(0, 0, width, height);
      const scale = Math.min(width / image.width, height / image.height);
      const [w, h] = [image.width * scale, image.height * scale];
      draw.drawImage(image, (width - w) / 2, (height - h) / 2, w, h);
      const rgba = draw.getImageData(0, 0, width, height).data;
      let grey = '';
      for (let i = 0; i < width * height; i++) {
        const [r, g, b] = [rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2]];
        grey += String.fromCharCode(Math.round(0.299 * r + 0.587 * g + 0.114 * b));
      }
      return btoa(grey);
    },
    { svg, width: WIDTH, height: HEIGHT },
  );
  await context.close();
  const luma = Buffer.from(base64, 'base64');
  writeY4m(file, luma);
}

/**
 * A video file of `text` as a QR code (@zxing/library's writer), 400 pixels wide on white in
 * the middle of a 640 × 480 frame, for Chromium's fake camera (see svgAsCameraVideo).
 */
export function qrAsCameraVideo(text: string, file: string): void {
  const side = 400;
  const matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, side, side, new Map());
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  const [left, top] = [(WIDTH - side) / 2, (HEIGHT - side) / 2];
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) if (matrix.get(x, y)) luma[(top + y) * WIDTH + left + x] = 0;
  }
  writeY4m(file, luma);
}

// One grey frame (`luma`, WIDTH × HEIGHT) as a Y4M file: 4:2:0, every chroma sample 128.
function writeY4m(file: string, luma: Buffer): void {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const header = `YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`;
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(header), Buffer.from('FRAME\n'), luma, chroma, chroma]),
  );
}

/** Headless Chromium whose camera shows `video` (a Y4M file), granted without asking. */
export function browserWithCamera(video: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}

/**
 * Asserts that `page` asked for no translation key its language lacks since it loaded
 * (missingKeys) and has no serious or critical axe violation (seriousViolations); `where`
 * names the page in a failure.
 */
export async function expectNoProblems(page: Page, where: string): Promise<void> {
  expect({ where, missing: await missingKeys(page) }).toEqual({ where, missing: [] });
  expect({ where, violations: await seriousViolations(page) }).toEqual({
    where,
    violations: [],
  });
}

/**
 * Signs `person` (password TOWN_PASSWORD) in through the town's sign-in page, as they would,
 * and waits for the page the app lands them on: `/t/<tenant><landing>`.
 */
export async function signIn(
  page: Page,
  tenant: string,
  person: Member,
  landing = '',
): Promise<void> {
  await page.goto(`/t/${tenant}/sign-in`);
  await page.locator('input[type=email]').fill(person.email);
  await page.locator('input[type=password]').fill(TOWN_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(`**/t/${tenant}${landing}`);
  await page.locator('h1').waitFor();
}

/** The member's account reads `locale` from now on, as if they chose it (PATCH /me). */
export async function inLocale(town: Town, member: Member, locale: string): Promise<void> {
  await callJson(town.api('/me'), {
    token: member.token,
    method: 'PATCH',
    body: { locale },
    expected: 200,
  });
}

/** A map tile server for the tests (WEB_MAP_TILE_URL), answered by serveTestTiles. */
export const TEST_TILE_URL = 'https://tiles.citypoints.test/{z}/{x}/{y}.png';

/**
 * Answers the browser context's requests to TEST_TILE_URL's server with a plain light tile,
 * as a tile server would (the test machine has no network): returns the tile paths asked
 * for so far ('/z/x/y.png').
 */
export async function serveTestTiles(context: BrowserContext): Promise<string[]> {
  const asked: string[] = [];
  const tile =
    '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">' +
    '<rect width="256" height="256" fill="#eef2ec"/>' +
    '<path d="M0 0.5H256M0.5 0V256" stroke="#d5ddd2"/></svg>';
  await context.route('https://tiles.citypoints.test/**', async (route) => {
    asked.push(new URL(route.request().url()).pathname);
    await route.fulfill({ status: 200, contentType: 'image/svg+xml', body: tile });
  });
  return asked;
}
