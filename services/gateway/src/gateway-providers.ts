import { ServiceTokenSigner } from '@citypoints/platform';
import { Provider } from '@nestjs/common';
import Redis from 'ioredis';
import { AccessTokens } from './auth/access-tokens';
import { ROUTE_MATCHER, RouteAccessGuard } from './auth/route-access.guard';
import { SessionGenerations } from './auth/session-generations';
import { SessionRevocationFeed } from './auth/session-revocation-feed';
import { EventTickets } from './events/event-tickets';
import { LedgerEventFeed } from './events/ledger-event-feed';
import { LiveEvents } from './events/live-events';
import { StreamSlots } from './events/stream-slots';
import { GatewayConfig } from './gateway-config';
import { REDIS } from './health/health.controller';
import { ManagementServer } from './management/management-server';
import { AccountThrottles } from './rate-limit/account-throttles';
import { AddressRateLimit } from './rate-limit/address-rate-limit';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimiter } from './rate-limit/rate-limiter';
import { routeMatcher } from './routes/match-route';
import { ROUTES } from './routes/route-table';
import { Upstreams } from './upstream/upstreams';

/** Everything the gateway is made of, from its settings; one Redis connection for all. */
export function gatewayProviders(config: GatewayConfig): Provider[] {
  const prefix = config.REDIS_KEY_PREFIX;
  const withRedis = <T>(make: (redis: Redis) => T) => ({ useFactory: make, inject: [REDIS] });
  return [
    { provide: GatewayConfig, useValue: config },
    { provide: ROUTE_MATCHER, useValue: routeMatcher(ROUTES) },
    {
      provide: REDIS,
      useFactory: () => new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 }),
    },
    { provide: AccessTokens, useFactory: () => new AccessTokens(config.IDENTITY_URL) },
    {
      provide: RateLimiter,
      ...withRedis((redis) => new RateLimiter(redis, prefix, config.RATE_LIMIT_WINDOW_MS)),
    },
    { provide: SessionGenerations, ...withRedis((redis) => new SessionGenerations(redis, prefix)) },
    { provide: EventTickets, ...withRedis((redis) => new EventTickets(redis, prefix)) },
    {
      provide: StreamSlots,
      ...withRedis(
        (redis) =>
          new StreamSlots(redis, prefix, config.EVENT_STREAMS_PER_PERSON, config.SSE_HEARTBEAT_MS),
      ),
    },
    {
      provide: Upstreams,
      useFactory: () =>
        new Upstreams(
          {
            identity: config.IDENTITY_URL,
            ledger: config.LEDGER_URL,
            activities: config.ACTIVITIES_URL,
            verification: config.VERIFICATION_URL,
            rankings: config.RANKINGS_URL,
            rewards: config.REWARDS_URL,
          },
          config.UPSTREAM_TIMEOUT_MS,
          new ServiceTokenSigner(config.SERVICE_TOKEN_PRIVATE_KEY),
        ),
    },
    LedgerEventFeed,
    SessionRevocationFeed,
    {
      provide: LiveEvents,
      useFactory: (feed: LedgerEventFeed, slots: StreamSlots, generations: SessionGenerations) =>
        new LiveEvents(feed, slots, generations, config.SSE_HEARTBEAT_MS),
      inject: [LedgerEventFeed, StreamSlots, SessionGenerations],
    },
    AccountThrottles,
    AddressRateLimit,
    RouteAccessGuard,
    RateLimitGuard,
    ManagementServer,
  ];
}
