import { readActivityCode } from '@citypoints/activity-rules';
import { Actor } from '@citypoints/platform';
import { TestApp } from '@citypoints/platform/testing';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { randomBytes, randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { Response } from 'supertest';
import { startActivities } from '../testing/start-activities';

// superagent leaves image/svg+xml and application/pdf unparsed unless asked: keep the bytes.
function bytes(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The text of the QR code on an SVG poster, rendered to pixels and read by jsQR. */
function decodeQr(svg: Buffer): string {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 1240 } }).render();
  const read = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  if (!read) throw new Error('jsQR found no QR code on the poster');
  return read.data;
}

describe('posters', () => {
  const key = randomBytes(32);
  let service: TestApp;

  beforeAll(async () => {
    service = await startActivities(key);
  });

  afterAll(async () => {
    await service?.close();
  });

  const admin = {
    userId: randomUUID(),
    tenant: 'cascais',
    role: 'tenant-admin' as const,
    generation: 0,
  };
  const as = (actor: Actor = admin) => service.httpAs(actor);
  const path = '/tenants/cascais/activities';

  async function publishedActivity(titles: Record<string, string>): Promise<string> {
    const created = await (await as()).post(path).send({
      titles,
      category: 'environment',
      points: 40,
      schedule: { kind: 'always' },
      methods: ['qr'],
    });
    expect(created.status).toBe(201);
    await (await as()).post(`${path}/${created.body.activityId}/publication`).expect(200);
    return created.body.activityId;
  }

  const get = async (url: string, actor: Actor = admin) =>
    (await as(actor)).get(url).buffer(true).parse(bytes);

  it("prints a QR code that an independent decoder reads back as the activity's code", async () => {
    const activityId = await publishedActivity({
      en: 'Beach clean-up',
      sv: 'Strandstädning',
      pt: 'Limpeza de praia',
    });
    const response = await get(`${path}/${activityId}/poster.svg`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="poster-${activityId}.svg"`,
    );
    const svg = response.body as Buffer;
    expect(readActivityCode(key, decodeQr(svg))).toEqual({
      code: { kind: 'static', tenantId: 'cascais', activityId, generation: 1 },
    });
    const codes = (await (await as()).get(`${path}/${activityId}/codes`)).body;
    const text = svg.toString('utf8');
    for (const words of ['Beach clean-up', 'Strandstädning', 'Limpeza de praia', codes.typedCode])
      expect(text).toContain(words);
    expect(text).toMatch(/\+40/);
    expect(text).toContain('poäng');
  });

  it('escapes markup in a title, so the SVG stays well-formed and injects nothing', async () => {
    const activityId = await publishedActivity({ en: '<script>alert(1)</script> Tom & "Jerry"' });
    const response = await get(`${path}/${activityId}/poster.svg`);
    const text = (response.body as Buffer).toString('utf8');
    expect(text).not.toContain('<script>');
    expect(text).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;</text>');
    expect(text).toContain('>Tom &amp; &quot;Jerry&quot;</text>');
    // resvg refuses malformed XML; the QR code still reads.
    expect(readActivityCode(key, decodeQr(response.body))).toMatchObject({
      code: { activityId },
    });
  });

  it('gives a one-page PDF poster', async () => {
    const activityId = await publishedActivity({ en: 'Night patrol', pt: 'Patrulha noturna' });
    const response = await get(`${path}/${activityId}/poster.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="poster-${activityId}.pdf"`,
    );
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const document = await PDFDocument.load(pdf);
    expect(document.getPageCount()).toBe(1);
    const { width, height } = document.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(document.getTitle()).toBe('Night patrol');
  });

  describe('refusals', () => {
    it('lets only the tenant admins of the tenant have a poster', async () => {
      const activityId = await publishedActivity({ en: 'Blood donation' });
      const refused: [Actor, string][] = [
        [{ ...admin, role: 'citizen' }, 'tenant-admins-only'],
        [{ ...admin, role: 'verifier' }, 'tenant-admins-only'],
        [{ ...admin, tenant: 'lund' }, 'other-tenant'],
      ];
      for (const [actor, code] of refused)
        for (const kind of ['svg', 'pdf']) {
          const response = await (await as(actor)).get(`${path}/${activityId}/poster.${kind}`);
          expect([response.status, response.body.code]).toEqual([403, code]);
        }
    });

    it('has no poster for an archived activity (409) or an unknown one (404)', async () => {
      const activityId = await publishedActivity({ en: 'Book swap' });
      await (await as()).post(`${path}/${activityId}/archival`).expect(200);
      for (const kind of ['svg', 'pdf']) {
        const archived = await (await as()).get(`${path}/${activityId}/poster.${kind}`);
        expect([archived.status, archived.body.code]).toEqual([409, 'activity-archived']);
        const unknown = await (await as()).get(`${path}/${randomUUID()}/poster.${kind}`);
        expect([unknown.status, unknown.body.code]).toEqual([404, 'unknown-activity']);
      }
    });
  });
});
