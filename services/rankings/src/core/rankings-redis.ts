import { ReadinessChecks, redactUrl, waitUntilReachable } from '@citypoints/platform';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { RankingsConfig } from '../rankings-config';
import { RankingsKeys } from './rankings-keys';

// How long a readiness check waits for Redis, like the database's.
const READY_TIMEOUT_MS = 2000;

/**
 * The Redis every replica keeps the leaderboards in (REDIS_URL), and the names of its keys.
 * Start-up waits for it as for Postgres and Kafka, and fails naming REDIS_URL if it does not
 * answer within STARTUP_TIMEOUT_MS; /health/ready then checks it too (`redis`). Closed after the
 * Kafka handlers have stopped.
 */
@Injectable()
export class RankingsRedis implements OnModuleInit, OnApplicationShutdown {
  readonly client: Redis;
  readonly keys: RankingsKeys;

  constructor(
    private readonly config: RankingsConfig,
    private readonly readiness: ReadinessChecks,
  ) {
    // One retry a command: a handler that fails is retried by Kafka, a read answers 500.
    this.client = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    this.keys = new RankingsKeys(config.REDIS_KEY_PREFIX);
    this.logOutages();
  }

  async onModuleInit(): Promise<void> {
    const { REDIS_URL, STARTUP_TIMEOUT_MS } = this.config;
    await waitUntilReachable(
      Date.now() + STARTUP_TIMEOUT_MS,
      'REDIS_URL',
      redactUrl(REDIS_URL),
      () => this.client.ping().then(() => undefined),
    );
    this.readiness.add('redis', () => this.ping(READY_TIMEOUT_MS));
  }

  // A ping that fails after `ms` rather than waiting for a reconnection.
  private async ping(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    });
    try {
      await Promise.race([this.client.ping(), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  // ioredis reports each failed reconnection: one line when Redis goes away, one when it is back.
  private logOutages(): void {
    const logger = new Logger('RankingsRedis');
    let away = false;
    this.client.on('error', (error: Error) => {
      if (!away) logger.warn(`Redis does not answer: ${error.message}`);
      away = true;
    });
    this.client.on('ready', () => {
      if (away) logger.log('Redis answers again');
      away = false;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
