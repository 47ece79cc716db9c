// Shows what is on a dead-letter topic and publishes it back to its original topic:
// `npm run dlt:replay -- <topic>.dlt [--from <offset>] [--to <offset>] [--partition N]
// [--dry-run] [--yes]`, with KAFKA_BROKERS (and KAFKA_TOPIC_PREFIX) in the environment.
import { runDeadLetterReplay } from '@citypoints/messaging';
import { createInterface } from 'node:readline/promises';

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}

runDeadLetterReplay(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  ...(process.stdin.isTTY && { confirm }),
}).then((code) => (process.exitCode = code));
