export { CloudEvent, EventAttributes, InvalidEventError } from './cloud-event';
export { causedBy, createEvent } from './create-event';
export { defineEvent, EventDefinition, eventDefinition, validateEventData } from './event-registry';
export {
  ParticipationVerified,
  ParticipationVerifiedV1,
  PointsEarned,
  PointsEarnedV1,
} from './events';
export {
  fromKafkaMessage,
  IncomingKafkaMessage,
  KafkaRecord,
  toKafkaMessage,
} from './kafka-binding';
export { deadLetterTopic, Topics } from './topics';
