import { Counter } from 'prom-client';

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
};
