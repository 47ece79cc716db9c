import { Visibility } from '@citypoints/http-contracts';

export interface LeaderboardConsent {
  visibility: Visibility;
  displayName: string | null;
  nickname: string | null;
}

/**
 * The name others may see on leaderboards and member lists: the display name or the
 * nickname only with the person's consent, else none (shown as an anonymous entry).
 */
export function publicName({
  visibility,
  displayName,
  nickname,
}: LeaderboardConsent): string | null {
  if (visibility === 'public') return displayName;
  if (visibility === 'nickname') return nickname;
  return null;
}

/** A nickname goes with visibility 'nickname' and with nothing else. */
export function consentViolation(visibility: Visibility, nickname: string | undefined) {
  if (visibility === 'nickname' && !nickname)
    return "nickname is required with visibility 'nickname'";
  if (visibility !== 'nickname' && nickname !== undefined) {
    return "nickname is only for visibility 'nickname'";
  }
  return undefined;
}
