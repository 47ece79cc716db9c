import { redactUrl, waitUntilReachable } from '@citypoints/platform';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { RankingsConfig } from '../rankings-config';
import { RankingsKeys } from './rankings-keys';

/**
 * The Redis every replica keeps the leaderboards in (REDIS_URL), and the names of its keys.
 * Start-up waits for it as for Postgres and Kafka, and fails naming REDIS_URL if it does not
 * answer within STARTUP_TIMEOUT_MS. Closed after the Kafka handlers have stopped.
 */
@Injectable()
export class RankingsRedis implements OnModuleInit, OnApplicationShutdown {
  readonly client: Redis;
  readonly keys: RankingsKeys;

  constructor(private readonly config: RankingsConfig) {
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
