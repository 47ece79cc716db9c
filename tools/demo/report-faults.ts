import { createEvent, ParticipationReported, Topics, toKafkaMessage } from '@citypoints/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { EARLIEST_HOURS } from './plan-visits';
import { Random } from './random';
import { Resident } from './sign-up-residents';

/**
 * The municipality's fault-report system reports, on the integration topic
 * (citypoints.integration.participation-reported.v1), the faults one resident in five
 * reported this past week, one to three each, at the time they reported them: verification
 * judges each by the activity's rules and credits each `externalId` once. Answers how many.
 */
export async function reportFaults(
  brokers: string,
  tenant: string,
  source: string,
  activityId: string,
  residents: Resident[],
  until: number,
  random: Random,
): Promise<number> {
  const messages = residents.flatMap((resident) => {
    if (random() >= 0.2) return [];
    return Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => {
      const hoursAgo = 1 + random() * (EARLIEST_HOURS - 2);
      const event = createEvent(
        ParticipationReported,
        {
          externalId: `${tenant}-fault-${resident.index}-${k}`,
          userId: resident.userId,
          activityId,
          occurredAt: new Date(until - hoursAgo * 3_600_000).toISOString(),
        },
        { source, tenantid: tenant },
      );
      return toKafkaMessage(event, `${tenant}:${resident.userId}`);
    });
  });
  const kafka = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic: Topics.participationReported, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
  return messages.length;
}
