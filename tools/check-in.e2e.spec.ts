import { rotatingActivityCode } from '@citypoints/activity-rules';
import { Cluster, ServiceName, testSecrets } from '@citypoints/cluster';
import {
  CloudEvent,
  createEvent,
  deadLetterTopic,
  ParticipationReported,
  ParticipationReportedV1,
  Topics,
} from '@citypoints/contracts';
import { callJson } from '@citypoints/platform/testing';
import { produceEvents, TopicReader, uniqueName, waitFor } from '@citypoints/testing';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { randomUUID } from 'node:crypto';
import { Member, onceVerificationKnows, ON_THE_BEACH, Town, startWholeSystem } from './e2e-town';

/** The text of the QR code on an SVG poster, rendered to pixels and read by jsQR. */
function decodeQr(svg: Buffer): string {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 1240 } }).render();
  const read = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  if (!read) throw new Error('jsQR found no QR code on the poster');
  return read.data;
}

// Issue 12 end to end, with every service as its own process and every call through the
// gateway: each way of verifying a participation (QR + GPS, a steward, a municipality's system)
// raises the person's balance by the activity's points exactly once, however often the same
// claim arrives; what cannot be judged is dead-lettered or refused with its reason.
describe('check-ins end to end', () => {
  const prefix = `${uniqueName('check-in')}.`;
  const tenant = `check-in-${randomUUID().slice(0, 8)}`;
  // Ours, so that the test can make a code as an event's screen showed it two minutes ago.
  const secrets = testSecrets();
  const POINTS = 30;
  let cluster: Cluster<ServiceName>;
  let town: Town;
  let admin: Member;
  let activityId: string;
  let deadLetters: TopicReader;
  const reports = prefix + Topics.participationReported;

  beforeAll(async () => {
    cluster = await startWholeSystem(prefix, { secrets });
    town = new Town(tenant, cluster.services.gateway.url, cluster.services.identity.url);
    await town.found();
    admin = await town.staff('tenant-admin');
    ({ activityId } = await town.publishActivity(admin, POINTS));
    deadLetters = await TopicReader.read(deadLetterTopic(reports));
  }, 180_000);

  afterAll(async () => {
    await deadLetters?.close();
    await cluster?.close();
  });

  const participationsOf = async (person: Member) => {
    const { status, body } = await callJson(town.api('/me/participations'), {
      token: person.token,
    });
    expect(status).toBe(200);
    return body.items as { id: string; state: string; method: string; points: number }[];
  };

  it('credits a QR + GPS check-in with the code read off the poster once, however often the phone sends it', async () => {
    const poster = await fetch(town.api(`/activities/${activityId}/poster.svg`), {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const code = decodeQr(Buffer.from(await poster.arrayBuffer()));
    expect(code).toMatch(new RegExp(`^CP1\\.S\\.${tenant}\\.${activityId}\\.1\\.`));

    const ana = await town.resident('ana');
    const scannedAt = new Date().toISOString();
    // Without a position the check-in is refused, storing nothing, once verification knows the
    // tenant and the activity: from then on the first real check-in is judged for sure.
    const positionless = await onceVerificationKnows(() => town.checkIn(ana, { code, scannedAt }));
    expect([positionless.status, positionless.body.code]).toEqual([422, 'position-required']);

    const key = randomUUID();
    const checkIn = { code, position: ON_THE_BEACH, scannedAt };
    // The phone sends it twice at once, then retries three times.
    const answers = await Promise.all([
      town.checkIn(ana, checkIn, key),
      town.checkIn(ana, checkIn, key),
    ]);
    for (let retry = 0; retry < 3; retry++) answers.push(await town.checkIn(ana, checkIn, key));
    const [first] = answers;
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      userId: ana.userId,
      activityId,
      state: 'verified',
      method: 'qr-gps',
      points: POINTS,
      scannedAt,
    });
    for (const answer of answers) {
      expect([answer.status, answer.body.id]).toEqual([201, first.body.id]);
    }
    // The same key for another check-in is a mistake the client is told of.
    const reused = await town.checkIn(
      ana,
      { ...checkIn, position: { ...ON_THE_BEACH, accuracy: 5 } },
      key,
    );
    expect([reused.status, reused.body.code]).toEqual([422, 'idempotency-key-reused']);

    expect(await town.settledBalance(ana, POINTS)).toBe(POINTS);
    expect(await participationsOf(ana)).toEqual([
      expect.objectContaining({ id: first.body.id, state: 'verified', method: 'qr-gps' }),
    ]);

    // A rule's rejection is kept, and its answer names the participation, through the gateway.
    const inTown = { latitude: 38.7223, longitude: -9.1393, accuracy: 10 };
    const far = await town.checkIn(ana, { ...checkIn, position: inTown });
    expect([far.status, far.body.code]).toEqual([422, 'outside-place']);
    expect(far.body.participationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await participationsOf(ana)).toContainEqual(
      expect.objectContaining({ id: far.body.participationId, state: 'rejected' }),
    );
  }, 120_000);

  it("credits a steward's scan of a resident's personal QR code once", async () => {
    const bea = await town.resident('bea');
    const steward = await town.staff('verifier');
    const qr = await callJson(town.api('/me/qr-token'), { method: 'POST', token: bea.token });
    expect(qr.status).toBe(201);

    const key = randomUUID();
    const scan = () =>
      callJson(town.api('/steward-check-ins'), {
        token: steward.token,
        headers: { 'idempotency-key': key },
        body: { activityId, personalCode: qr.body.token },
      });
    const confirmed = await scan();
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({
      userId: bea.userId,
      activityId,
      state: 'verified',
      method: 'steward',
      points: POINTS,
    });
    const again = await scan();
    expect([again.status, again.body.id]).toEqual([201, confirmed.body.id]);

    expect(await town.settledBalance(bea, POINTS)).toBe(POINTS);
    expect(await participationsOf(bea)).toEqual([
      expect.objectContaining({ id: confirmed.body.id, state: 'verified', method: 'steward' }),
    ]);
  }, 120_000);

  describe("a municipality system's reports", () => {
    let carla: Member;
    const keyOf = (person: Member) => `${tenant}:${person.userId}`;
    const report = (person: Member, change: Partial<ParticipationReportedV1> = {}) =>
      createEvent(
        ParticipationReported,
        {
          externalId: `FIXA-${randomUUID()}`,
          userId: person.userId,
          activityId,
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          ...change,
        },
        { source: '/fixa/fault-reports', tenantid: tenant },
      );
    const deadLetterReason = async (event: CloudEvent) => {
      const [deadLetter] = await deadLetters.waitForMessages({ ce_id: event.id });
      return String(deadLetter.headers?.['dlt-reason']);
    };

    beforeAll(async () => {
      carla = await town.resident('carla');
      // Until her UserRegistered reaches verification, a report of Carla is dead-lettered as of
      // an unknown person; after, one of an activity that does not exist is, as of that.
      await waitFor('verification to know Carla', async () => {
        const probe = report(carla, { activityId: randomUUID() });
        await produceEvents(reports, [probe], keyOf(carla));
        const reason = await deadLetterReason(probe);
        if (reason.includes('refused (unknown-person)')) return undefined;
        expect(reason).toContain('refused (unknown-activity)');
        return true;
      });
    }, 120_000);

    it('credits a reported participation once, even when the report comes twice', async () => {
      const reported = report(carla);
      // Redelivered as it was, and sent again as a new event; then another participation, so
      // that once it is credited, every copy before it has been taken in.
      const later = report(carla);
      await produceEvents(
        reports,
        [reported, reported, { ...reported, id: randomUUID() }, later],
        keyOf(carla),
      );

      expect(await town.settledBalance(carla, 2 * POINTS)).toBe(2 * POINTS);
      const participations = await participationsOf(carla);
      expect(participations).toHaveLength(2);
      for (const participation of participations) {
        expect(participation).toMatchObject({ state: 'verified', method: 'integration' });
      }
    }, 120_000);

    it.each<[string, Record<string, unknown>, string]>([
      ['a person who is not a UUID', { userId: 'carla@example.org' }, 'data.userId'],
      ['a time that is not ISO 8601', { occurredAt: 'yesterday' }, 'data.occurredAt'],
    ])(
      'dead-letters a report with %s, naming the field, and credits nothing',
      async (_case, change, field) => {
        const valid = report(carla);
        const malformed = { ...valid, data: { ...valid.data, ...change } } as CloudEvent;
        const before = (await participationsOf(carla)).length;
        await produceEvents(reports, [malformed], keyOf(carla));

        const reason = await deadLetterReason(malformed);
        expect(reason).toContain('invalid event');
        expect(reason).toContain(field);
        expect(await participationsOf(carla)).toHaveLength(before);
      },
    );
  });

  it('refuses a rotating code copied two minutes after the screen showed it, and takes a fresh one', async () => {
    const eva = await town.resident('eva');
    const key = Buffer.from(secrets.ACTIVITY_CODE_KEY, 'base64');
    const subject = { tenantId: tenant, activityId, generation: 1 };
    const copied = rotatingActivityCode(key, subject, new Date(Date.now() - 120_000));
    const position = ON_THE_BEACH;

    const late = await town.checkIn(eva, {
      code: copied,
      position,
      scannedAt: new Date().toISOString(),
    });
    expect([late.status, late.body.code]).toEqual([422, 'expired-code']);

    const screen = await callJson(town.api(`/activities/${activityId}/codes/rotating`), {
      token: admin.token,
    });
    expect(screen.status).toBe(200);
    const onTime = await town.checkIn(eva, {
      code: screen.body.code,
      position,
      scannedAt: new Date().toISOString(),
    });
    expect([onTime.status, onTime.body.state]).toEqual([201, 'verified']);
    expect(await participationsOf(eva)).toEqual([
      expect.objectContaining({ id: onTime.body.id, state: 'verified' }),
    ]);
  });
});
