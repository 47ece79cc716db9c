import { toKafkaMessage } from '@citypoints/contracts';
import { Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Producer, TopicMessages } from 'kafkajs';
import { messagingTracer } from '../tracing/messaging-tracer';
import { contextOfHeaders, traceContextOf } from '../tracing/trace-context';
import { OutboxMessage, OutboxPublisher } from './outbox-message';

/**
 * Publishes outbox messages with kafkajs, in CloudEvents binary mode (toKafkaMessage). Each
 * message continues the trace of the request or handler that wrote it: a `<topic> publish`
 * producer span whose parent is the row's trace context, named in the message's
 * `traceparent`/`tracestate` headers.
 */
export class KafkaOutboxPublisher implements OutboxPublisher {
  /** `producer` must be idempotent with one request in flight, so retries cannot reorder. */
  constructor(
    private readonly producer: Producer,
    private readonly topicPrefix = '',
  ) {}

  async publish(messages: OutboxMessage[]): Promise<void> {
    const byTopic = new Map<string, TopicMessages>();
    const spans: Span[] = [];
    for (const message of messages) {
      const { key, event } = message;
      const topic = this.topicPrefix + message.topic;
      const entry = byTopic.get(topic) ?? { topic, messages: [] };
      const parent = contextOfHeaders(message.traceContext);
      // Without a trace to continue, none is started: the relay's polls are no one's request.
      const span = trace.getSpan(parent)
        ? messagingTracer().startSpan(
            `${topic} publish`,
            {
              kind: SpanKind.PRODUCER,
              attributes: {
                'messaging.system': 'kafka',
                'messaging.operation.type': 'send',
                'messaging.destination.name': topic,
                'messaging.message.id': event.id,
                'cloudevents.event_type': event.type,
              },
            },
            parent,
          )
        : undefined;
      if (span) spans.push(span);
      const traceContext = span ? traceContextOf(trace.setSpan(parent, span)) : {};
      entry.messages.push(toKafkaMessage(event, key, traceContext));
      byTopic.set(topic, entry);
    }
    try {
      await this.producer.sendBatch({ acks: -1, topicMessages: [...byTopic.values()] });
    } catch (error) {
      for (const span of spans) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      }
      throw error;
    } finally {
      for (const span of spans) span.end();
    }
  }
}
