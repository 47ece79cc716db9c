import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RankingsConfig } from '../rankings-config';
import { PeriodClosures } from './period-closures';

/**
 * The periodic close: every CLOSE_INTERVAL_SECONDS (0: never) each replica closes the periods
 * that ended CLOSE_GRACE_SECONDS ago or more. Replicas may run it at once: the close is
 * guarded in Postgres (PeriodClosures). One run at a time; shutdown waits for a running one.
 */
@Injectable()
export class PeriodCloser implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PeriodCloser.name);
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly config: RankingsConfig,
    private readonly closures: PeriodClosures,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.CLOSE_INTERVAL_SECONDS > 0) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Closes what has ended by now, what each scheduled run does; a failure is logged. */
  runOnce(): Promise<void> {
    const graceMs = this.config.CLOSE_GRACE_SECONDS * 1000;
    this.running = this.running
      .then(() => this.closures.closeAllEnded(new Date(), graceMs))
      .catch((error) => this.logger.error(`the periodic close failed: ${error}`));
    return this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(async () => {
      await this.runOnce();
      if (!this.stopped) this.schedule();
    }, this.config.CLOSE_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }
}
