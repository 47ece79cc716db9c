import { IsNormalizedUuid } from './is-normalized-uuid';

/** What a command id means to whoever sends one; for the API's documentation. */
export const COMMAND_ID =
  'chosen by the caller: a repeat of the command with it is answered as the first time; ' +
  'another command with it is refused (409)';

/**
 * A DTO field holding the id a caller chose for a command (`transferId`, `donationId`,
 * `adjustmentId`): a UUID, compared in lower case (IsNormalizedUuid), so that a retry written
 * in capitals is the same command and is answered as the first time.
 */
export function IsCommandId(): PropertyDecorator {
  return IsNormalizedUuid();
}
