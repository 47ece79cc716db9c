import { DateTime } from 'luxon';

/**
 * The instant, in milliseconds since the epoch, at which the tenant's clock in the IANA
 * `timeZone` shows the local date-time `dateTime` ('YYYY-MM-DDTHH:mm'; 'T24:00' is the next
 * day's midnight), read as RFC 5545 §3.3.5 reads local times: one the clock shows twice (the
 * autumn hour) is its first occurrence; one it skips (spring forward) is read with the offset
 * before the gap, so it falls as much later as the gap is long (Lisbon's 01:30 on the night of
 * 01:00 → 02:00 is 02:30 summer time). Throws on an unknown time zone or a malformed date-time.
 */
export function localInstant(dateTime: string, timeZone: string): number {
  const local = DateTime.fromISO(dateTime, { zone: timeZone });
  if (!local.isValid) throw new Error(`"${dateTime}" in "${timeZone}": ${local.invalidReason}`);
  // Luxon reads a repeated time as its later occurrence and a skipped one as RFC 5545 does;
  // its possible offsets list both occurrences of a repeated time.
  return Math.min(...local.getPossibleOffsets().map((candidate) => candidate.toMillis()));
}
