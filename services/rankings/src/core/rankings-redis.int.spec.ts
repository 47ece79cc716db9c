import { RankingsUnderTest, startRankings } from '../testing/start-rankings';

describe("rankings' readiness: its Redis besides its database and Kafka", () => {
  let rankings: RankingsUnderTest;

  beforeAll(async () => {
    rankings = await startRankings();
  });

  afterAll(async () => {
    await rankings?.close();
  });

  it('is ready while Redis answers, and 503 naming redis once it does not', async () => {
    const ready = await rankings.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details).toMatchObject({
      database: { status: 'up' },
      kafka: { status: 'up' },
      redis: { status: 'up' },
    });

    rankings.redis.client.disconnect();
    const down = await rankings.http().get('/health/ready');
    expect(down.status).toBe(503);
    expect(down.body.details).toMatchObject({
      database: { status: 'up' },
      redis: { status: 'down', message: expect.stringMatching(/closed|no answer/i) },
    });
  });
});
