import { stepLine } from './step-lines';

/**
 * What `npm start` started, to stop on the way out, last first, and whether Ctrl-C (SIGINT) or
 * SIGTERM asked for that. A signal during start-up is acted on at the next `check()`, so that
 * what is being started is complete and registered before it stops.
 */
export class Lifetime {
  private readonly stops: { what: string; stop: () => Promise<unknown> }[] = [];
  private requested = false;
  private wake: () => void = () => undefined;
  private readonly asked = new Promise<void>((resolve) => (this.wake = resolve));

  constructor() {
    const request = () => {
      this.requested = true;
      this.wake();
    };
    process.on('SIGINT', request);
    process.on('SIGTERM', request);
  }

  /** A stop was asked for. */
  get stopping(): boolean {
    return this.requested;
  }

  /** Registers `stop` for the way out, under the name printed once it is done. */
  onStop(what: string, stop: () => Promise<unknown>): void {
    this.stops.push({ what, stop });
  }

  /** Throws when a stop was asked for: start-up goes no further. */
  check(): void {
    if (this.requested) throw new Error('stopped during start-up');
  }

  untilStopRequested(): Promise<void> {
    return this.asked;
  }

  /** Stops everything registered, last first, one line each; a failure does not stop the rest. */
  async stopAll(): Promise<void> {
    for (const { what, stop } of this.stops.reverse()) {
      try {
        await stop();
        console.log(stepLine(what, 'stopped'));
      } catch (error) {
        console.error(stepLine(what, `did not stop: ${(error as Error).message}`));
      }
    }
  }
}
