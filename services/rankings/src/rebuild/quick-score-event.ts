import {
  ACTIVITY_CATEGORIES,
  BonusAwarded,
  IncomingKafkaMessage,
  PointsAdjustedV2Type,
  PointsEarned,
  pointsProblem,
  TENANT_ID,
} from '@citypoints/contracts';
import { isISO8601, isRFC3339, isUUID } from 'class-validator';
import { ScoreEvent } from '../scores/score';

type Data = Record<string, unknown>;

const isCount = (value: unknown, least: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= least;
const isPositive = (value: unknown) => pointsProblem(value, 'points') === undefined;
const isSigned = (value: unknown) => pointsProblem(value, 'points', 'signed') === undefined;
const PERIOD = /^[A-Za-z0-9-]{1,40}$/;
const CATEGORIES: readonly unknown[] = ACTIVITY_CATEGORIES;

// Each payload's fields, all required unless optional, with checks no looser than its
// class-validator decorators (libs/contracts/src/events): IsUUID, IsPoints, IsInt + Min, IsIn,
// Matches. PointsAdjusted v1 (Length counts as validator.js does) is left to the full decoder.
type Checks = Record<string, (value: unknown) => boolean>;

const PAYLOADS: ReadonlyMap<string, Checks> = new Map<string, Checks>([
  [
    PointsEarned,
    {
      accountId: isUUID,
      participationId: isUUID,
      points: isPositive,
      balance: (v) => isCount(v, 0),
      category: (v) => v === undefined || CATEGORIES.includes(v),
      participatedAt: (v) => v === undefined || (typeof v === 'string' && isEventTime(v)),
    },
  ],
  [
    BonusAwarded,
    {
      accountId: isUUID,
      scope: (v) => v === 'individual' || v === 'group',
      period: (v) => typeof v === 'string' && PERIOD.test(v),
      place: (v) => isCount(v, 1),
      points: isPositive,
      balance: (v) => isCount(v, 0),
    },
  ],
  [
    PointsAdjustedV2Type,
    {
      accountId: isUUID,
      adjustmentId: isUUID,
      points: isSigned,
      adjustedBy: isUUID,
      balance: (v) => isCount(v, 0),
    },
  ],
]);

/**
 * The ledger's score event in a Kafka message, decoded as fromKafkaMessage would (the same
 * envelope checks, an equal CloudEvent) but without class-transformer and class-validator's
 * decorators, which cost the rebuild more than its summing: each payload field is checked by
 * the validator function its decorator names, and any other field refuses. Undefined when it
 * cannot vouch for the message (not a PointsEarned, BonusAwarded or PointsAdjusted v2, or
 * anything amiss): the caller then decodes it with fromKafkaMessage, which names the fault, so
 * that this never accepts what the full decoder refuses. Never throws.
 */
export function quickScoreEvent(message: IncomingKafkaMessage): ScoreEvent | undefined {
  const header = (name: string) => headerText(message.headers?.[name]);
  const type = header('ce_type');
  const payload = type === undefined ? undefined : PAYLOADS.get(type);
  const [id, source, time, tenantid, correlationid] = [
    header('ce_id'),
    header('ce_source'),
    header('ce_time'),
    header('ce_tenantid'),
    header('ce_correlationid'),
  ];
  if (!payload || !id || !source || !time || !tenantid || !correlationid) return undefined;
  if (header('ce_specversion') !== '1.0' || !isUUID(id) || !TENANT_ID.test(tenantid))
    return undefined;
  if (!isEventTime(time)) return undefined;
  const contentType = header('content-type');
  if (contentType !== undefined && !/^application\/json\s*(;|$)/i.test(contentType))
    return undefined;
  const data = parsed(message.value);
  if (!data || !fits(data, payload)) return undefined;
  const subject = header('ce_subject');
  const causationid = header('ce_causationid');
  return {
    specversion: '1.0',
    id,
    type: type as string,
    source,
    time,
    ...(subject !== undefined && { subject }),
    datacontenttype: 'application/json',
    tenantid,
    correlationid,
    ...(causationid !== undefined && { causationid }),
    data: data as unknown as ScoreEvent['data'],
  };
}

// A plain `2027-03-28T10:00:00.123Z` (or with an offset), which both of fromKafkaMessage's
// checks accept (isRFC3339 and strict isISO8601) when its day exists; that one depends on the
// date alone, so it is asked once per day, which saves strict isISO8601's cost on every event.
const EVENT_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const days = new Map<string, boolean>();

function isEventTime(time: string): boolean {
  if (!EVENT_TIME.test(time) || !isRFC3339(time)) return false;
  const day = time.slice(0, 10);
  let exists = days.get(day);
  if (exists === undefined) {
    if (days.size >= 10_000) days.clear();
    days.set(day, (exists = isISO8601(day, { strict: true })));
  }
  return exists;
}

// As fromKafkaMessage reads a header: the first of repeated ones.
function headerText(value: Buffer | string | (Buffer | string)[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single?.toString();
}

function parsed(value: Buffer | string | null): Data | undefined {
  if (value === null) return undefined;
  try {
    const data: unknown = JSON.parse(value.toString());
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Data)
      : undefined;
  } catch {
    return undefined;
  }
}

// Every field present passes its check, none is unknown, and a missing one is let through only
// by its check (the optional category and participatedAt).
function fits(data: Data, fields: Checks): boolean {
  for (const key of Object.keys(data)) if (!Object.hasOwn(fields, key)) return false;
  for (const [key, check] of Object.entries(fields)) if (!check(data[key])) return false;
  return true;
}
