import { startKafkaHandlers } from '@citypoints/messaging';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { createServiceApp } from './create-service-app';
import { flushSpans } from './flush-spans';
import { loadConfig } from './load-config';
import { ServiceConfig } from './service-config';
import { waitForDependencies } from './wait-for-dependencies';

export interface ServiceDefinition<C extends ServiceConfig> {
  name: string;
  configClass: new () => C;
  appModule: (config: C) => DynamicModule;
}

/**
 * Starts a service from its environment. A wrong setting or an unreachable dependency stops it
 * with one line naming the cause and exit code 1, so an operator sees what to fix.
 */
export async function runService<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
): Promise<void> {
  try {
    const config = loadConfig(definition.configClass);
    await waitForDependencies(config);
    const app = await createServiceApp(definition.name, definition.appModule(config));
    await app.init();
    await startKafkaHandlers(app);
    await app.listen(config.PORT, config.BIND_HOST);
    stopGracefullyOn(['SIGTERM', 'SIGINT'], app, definition.name);
  } catch (error) {
    process.stderr.write(`${definition.name} cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/**
 * Kubernetes stops a pod with SIGTERM: finish the work in hand (consumers commit their offsets,
 * the outbox relay its batch), close connections, send the last spans, then exit 0.
 */
export function stopGracefullyOn(
  signals: NodeJS.Signals[],
  app: INestApplication,
  name: string,
): void {
  let stopping = false;
  // A terminal's Ctrl-C reaches a child too, and its parent may send SIGTERM after: close once.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void app.close().then(
      () => flushSpans().then(() => process.exit(0)),
      (error: Error) => {
        process.stderr.write(`${name} did not stop cleanly: ${error.message}\n`);
        process.exit(1);
      },
    );
  };
  for (const signal of signals) process.once(signal, stop);
}
