import { randomUUID } from 'node:crypto';

/** A topic, consumer group or key prefix that no other test file uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}.${randomUUID().slice(0, 8)}`;
}
