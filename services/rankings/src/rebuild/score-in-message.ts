import { fromKafkaMessage, IncomingKafkaMessage, InvalidEventError } from '@citypoints/contracts';
import { Score, SCORE_EVENT_TYPES, ScoreEvent, scoreOf } from '../scores/score';
import { quickScoreEvent } from './quick-score-event';

const SCORE_TYPES: ReadonlySet<string> = new Set(SCORE_EVENT_TYPES);

/**
 * The score (scoreOf) of a ledger message of the tenant (of any when `tenantId` is undefined),
 * or undefined: for a message of another type or tenant, an adjustment that adds points, or
 * one that cannot be decoded. The live consumer dead-letters the latter; the rebuild passes
 * over it, as it always has: quickScoreEvent vouches for the usual messages, fromKafkaMessage
 * judges the rest. Never throws for a malformed message.
 */
export function scoreInMessage(
  message: IncomingKafkaMessage,
  tenantId?: string,
): Score | undefined {
  const type = headerText(message, 'ce_type');
  if (type === undefined || !SCORE_TYPES.has(type)) return undefined;
  // Another tenant's event is passed over undecoded: valid or not, it adds nothing here.
  if (tenantId !== undefined && headerText(message, 'ce_tenantid') !== tenantId) return undefined;
  const event = quickScoreEvent(message) ?? decoded(message);
  return event && scoreOf(event);
}

// As fromKafkaMessage reads a header: the first of repeated ones.
function headerText(message: IncomingKafkaMessage, name: string): string | undefined {
  const value = message.headers?.[name];
  return (Array.isArray(value) ? value[0] : value)?.toString();
}

function decoded(message: IncomingKafkaMessage): ScoreEvent | undefined {
  try {
    return fromKafkaMessage(message) as ScoreEvent;
  } catch (error) {
    if (error instanceof InvalidEventError) return undefined;
    throw error;
  }
}
