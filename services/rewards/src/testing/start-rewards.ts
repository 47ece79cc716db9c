import { startTestApp, TestApp } from '@citypoints/platform/testing';
import { AppModule } from '../app.module';
import { RewardsConfig } from '../rewards-config';

/**
 * Rewards in the test process, on a database and topics of its own; the periodic timeout check
 * of redemptions is off unless `overrides` turn it on.
 */
export function startRewards(overrides: Partial<RewardsConfig> = {}): Promise<TestApp> {
  return startTestApp('rewards', (config) =>
    AppModule.forRoot(
      Object.assign(new RewardsConfig(), config, {
        REDEMPTION_CHECK_INTERVAL_SECONDS: 0,
        ...overrides,
      }),
    ),
  );
}
