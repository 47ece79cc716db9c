import { CloudEvent } from './cloud-event';
import { toKafkaMessage } from './to-kafka-message';

const event: CloudEvent = {
  specversion: '1.0',
  id: '01936f1e-8a2b-7c3d-9e4f-5a6b7c8d9e0f',
  type: 'citypoints.ledger.PointsEarned.v1',
  source: '/citypoints/ledger',
  time: '2026-11-25T10:00:00.000Z',
  datacontenttype: 'application/json',
  tenantid: 'cascais',
  correlationid: 'request-1',
  data: { points: 25 },
};

describe('toKafkaMessage', () => {
  it('puts the attributes in ce_* headers and only the data in the body', () => {
    expect(toKafkaMessage(event, 'cascais:account-1')).toEqual({
      key: 'cascais:account-1',
      value: '{"points":25}',
      headers: {
        ce_specversion: '1.0',
        ce_id: event.id,
        ce_type: 'citypoints.ledger.PointsEarned.v1',
        ce_source: '/citypoints/ledger',
        ce_time: '2026-11-25T10:00:00.000Z',
        ce_tenantid: 'cascais',
        ce_correlationid: 'request-1',
        'content-type': 'application/json',
      },
    });
  });

  it('adds subject and causation only when the event has them', () => {
    const { headers } = toKafkaMessage({ ...event, subject: 'account-1', causationid: 'e-1' }, 'k');
    expect(headers).toMatchObject({ ce_subject: 'account-1', ce_causationid: 'e-1' });
  });
});
