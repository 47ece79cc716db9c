import { KafkaMessage } from 'kafkajs';
import { deadLetterRecord } from './dead-letter-record';

describe('deadLetterRecord', () => {
  const original: KafkaMessage = {
    key: Buffer.from('town:42'),
    value: Buffer.from('{"points":1}'),
    headers: { ce_id: Buffer.from('0193'), ce_type: Buffer.from('x.v1') },
    offset: '17',
    timestamp: '0',
    attributes: 0,
  };

  it('keeps key, body and headers, and adds why and where it failed', () => {
    const { topic, message } = deadLetterRecord(original, {
      topic: 'citypoints.verification.v1',
      partition: 2,
      consumerGroup: 'ledger',
      reason: 'invalid event: data.points must be a positive integer',
    });
    expect(topic).toBe('citypoints.verification.v1.dlt');
    expect(message.key).toBe(original.key);
    expect(message.value).toBe(original.value);
    expect(message.headers).toMatchObject({
      ce_id: original.headers?.ce_id,
      ce_type: original.headers?.ce_type,
      'dlt-reason': 'invalid event: data.points must be a positive integer',
      'dlt-original-topic': 'citypoints.verification.v1',
      'dlt-original-partition': '2',
      'dlt-original-offset': '17',
      'dlt-consumer-group': 'ledger',
    });
  });

  it('cuts an overlong reason', () => {
    const { message } = deadLetterRecord(original, {
      topic: 't',
      partition: 0,
      consumerGroup: 'g',
      reason: 'x'.repeat(10_000),
    });
    expect(String(message.headers?.['dlt-reason'])).toHaveLength(2000);
  });
});
