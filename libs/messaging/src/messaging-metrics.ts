import { Counter } from 'prom-client';

/** Why a message went to a dead-letter topic: a bounded set, for a metric label. */
export type DeadLetterReason = 'invalid-event' | 'refused' | 'handler-failed';

/** Counters on the default Prometheus registry, served at every service's /metrics. */
export const messagingMetrics = {
  published: new Counter({
    name: 'citypoints_outbox_published_total',
    help: 'Events the outbox relay has published to Kafka',
  }),
  consumed: new Counter({
    name: 'citypoints_messages_consumed_total',
    help: 'Kafka messages handled, by consumer group and outcome',
    labelNames: ['group', 'outcome'],
  }),
  transientRetries: new Counter({
    name: 'citypoints_messages_transient_retries_total',
    help: 'Handler attempts failed by a transient error (database or Redis unreachable, serialization failure...) and retried, by consumer group',
    labelNames: ['group'],
  }),
  deadLettered: new Counter({
    name: 'citypoints_dead_letters_total',
    help: 'Messages sent to a dead-letter topic (<topic>.dlt), by consumer group, original topic and reason: invalid-event (could not be decoded), refused (the handler refused it with a domain error), handler-failed (it kept failing)',
    labelNames: ['group', 'topic', 'reason'],
  }),
};
