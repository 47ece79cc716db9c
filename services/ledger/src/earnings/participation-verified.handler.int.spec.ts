import {
  createEvent,
  deadLetterTopic,
  ParticipationVerified,
  PointsEarned,
  Topics,
} from '@citypoints/contracts';
import { produceEvents, TopicReader } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';

describe('earn: the ledger credits ParticipationVerified', () => {
  const tenant = 'earn-town';
  let ledger: LedgerUnderTest;

  beforeAll(async () => {
    ledger = await startLedger();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const verified = (userId: string, participationId: string, activityTitle?: string) =>
    createEvent(
      ParticipationVerified,
      {
        participationId,
        userId,
        activityId: randomUUID(),
        points: 25,
        method: 'steward',
        verifiedAt: new Date().toISOString(),
        ...(activityTitle && { activityTitle }),
      },
      { source: '/citypoints/verification', tenantid: tenant },
    );

  it('credits a participation once, delivered three times and reported twice', async () => {
    const user = randomUUID();
    const participation = randomUUID();
    const event = verified(user, participation, 'Beach clean-up');
    const marker = verified(user, randomUUID());
    await produceEvents(
      ledger.topic(Topics.verification),
      [event, event, event, verified(user, participation, 'Beach clean-up'), marker],
      `${tenant}:${user}`,
    );

    await ledger.published.waitFor(PointsEarned, { participationId: marker.data.participationId });
    const [earned, ...more] = ledger.published.matching(PointsEarned, {
      participationId: participation,
    });
    expect(more).toHaveLength(0);
    expect(earned.data).toEqual({
      accountId: user,
      participationId: participation,
      points: 25,
      balance: 25,
      participatedAt: event.data.verifiedAt,
    });
    expect(earned.causationid).toBe(event.id);
    expect(await ledger.balance(tenant, user)).toBe(50);
    const { body } = await ledger.http().get(`/tenants/${tenant}/accounts/${user}/history`);
    expect(body.entries.map((entry: { reason: string }) => entry.reason)).toEqual([
      `activity ${marker.data.activityId}`,
      'Beach clean-up',
    ]);
  });

  it("names the participation's category and time in PointsEarned, for the leaderboards", async () => {
    const user = randomUUID();
    const scannedAt = new Date(Date.now() - 26 * 3_600_000).toISOString();
    const withCategory = createEvent(
      ParticipationVerified,
      { ...verified(user, randomUUID()).data, activityCategory: 'environment', scannedAt },
      { source: '/citypoints/verification', tenantid: tenant },
    );
    const without = verified(user, randomUUID());
    await produceEvents(
      ledger.topic(Topics.verification),
      [withCategory, without],
      `${tenant}:${user}`,
    );

    const [earned] = await ledger.published.waitFor(PointsEarned, {
      participationId: withCategory.data.participationId,
    });
    expect(earned.data).toMatchObject({
      points: 25,
      category: 'environment',
      participatedAt: scannedAt,
    });
    const [uncategorised] = await ledger.published.waitFor(PointsEarned, {
      participationId: without.data.participationId,
    });
    expect(uncategorised.data).not.toHaveProperty('category');
  });

  it("dead-letters a staff member's participation with the reason, crediting nothing", async () => {
    const verifier = randomUUID();
    await ledger.open(tenant, verifier, 'staff');
    const participation = verified(verifier, randomUUID());
    const deadLetters = await TopicReader.read(deadLetterTopic(ledger.topic(Topics.verification)));
    try {
      await produceEvents(
        ledger.topic(Topics.verification),
        [participation],
        `${tenant}:${verifier}`,
      );
      const [deadLetter] = await deadLetters.waitForMessages({ ce_id: participation.id });
      expect(String(deadLetter.headers?.['dlt-reason'])).toContain(
        `${verifier} is a staff account: points move only to and from citizens and causes`,
      );
      expect(await ledger.balance(tenant, verifier)).toBe(0);
    } finally {
      await deadLetters.close();
    }
  });
});
