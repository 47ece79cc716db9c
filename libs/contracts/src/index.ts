export type { CloudEvent, EventAttributes } from './cloud-event';
export { InvalidEventError } from './invalid-event-error';
export { ACCESS_TOKEN } from './access-token';
export { PERSONAL_CARD_TOKEN, PERSONAL_QR_TOKEN } from './personal-tokens';
export { LOCALES } from './locales';
export type { Locale } from './locales';
export { createEvent } from './create-event';
export { causedBy } from './caused-by';
export { defineEvent, eventDefinition } from './define-event';
export type { EventDefinition } from './define-event';
export { validateEventData } from './validate-event-data';
export { toKafkaMessage } from './to-kafka-message';
export type { KafkaRecord } from './to-kafka-message';
export { fromKafkaMessage } from './from-kafka-message';
export type { IncomingKafkaMessage } from './from-kafka-message';
export { Topics } from './topics';
export type { Topic } from './topics';
export { deadLetterTopic } from './dead-letter-topic';
export {
  ParticipationVerified,
  ParticipationVerifiedV1,
  VERIFIERS,
  VerifiedBy,
} from './events/participation-verified';
export {
  PARTICIPATION_REJECTIONS,
  ParticipationRejected,
  ParticipationRejectedV1,
} from './events/participation-rejected';
export type { ParticipationRejection } from './events/participation-rejected';
export {
  EXTERNAL_ID,
  ParticipationReported,
  ParticipationReportedV1,
} from './events/participation-reported';
export { PersonalCardRevoked, PersonalCardRevokedV1 } from './events/personal-card-revoked';
export { PointsEarned, PointsEarnedV1 } from './events/points-earned';
export { ROLES, UserRegistered, UserRegisteredV1 } from './events/user-registered';
export type { Role } from './events/user-registered';
export { UserErased, UserErasedV1 } from './events/user-erased';
export { SessionsRevoked, SessionsRevokedV1 } from './events/sessions-revoked';
export { RedemptionRequested, RedemptionRequestedV1 } from './events/redemption-requested';
export { OfferPublished, OfferPublishedV1 } from './events/offer-published';
export { OfferPaused, OfferPausedV1 } from './events/offer-paused';
export { OfferEnded, OfferEndedV1 } from './events/offer-ended';
export { CausePublished, CausePublishedV1 } from './events/cause-published';
export { CauseArchived, CauseArchivedV1 } from './events/cause-archived';
export { VoucherIssued, VoucherIssuedV1 } from './events/voucher-issued';
export { VoucherUsed, VoucherUsedV1 } from './events/voucher-used';
export { VoucherCancelled, VoucherCancelledV1 } from './events/voucher-cancelled';
export {
  REDEMPTION_FAILURE_REASONS,
  RedemptionFailed,
  RedemptionFailedV1,
} from './events/redemption-failed';
export type { RedemptionFailureReason } from './events/redemption-failed';
export {
  LeaderboardPeriodClosed,
  LeaderboardPeriodClosedV1,
  PlaceAward,
} from './events/leaderboard-period-closed';
export { PointsSpent, PointsSpentV1 } from './events/points-spent';
export { PointsRefunded, PointsRefundedV1 } from './events/points-refunded';
export { DebitRejected, DebitRejectedV1 } from './events/debit-rejected';
export {
  PointsTransferred,
  PointsTransferredV1,
  PointsTransferredV2,
  PointsTransferredV2Type,
} from './events/points-transferred';
export { BonusAwarded, BonusAwardedV1 } from './events/bonus-awarded';
export { PointsExpired, PointsExpiredV1 } from './events/points-expired';
export {
  PointsAdjusted,
  PointsAdjustedV1,
  PointsAdjustedV2,
  PointsAdjustedV2Type,
} from './events/points-adjusted';
export { PointsForfeited, PointsForfeitedV1 } from './events/points-forfeited';
export { GROUP_KINDS, GroupCreated, GroupCreatedV1 } from './events/group-created';
export type { GroupKind } from './events/group-created';
export { MemberJoinedGroup, MemberJoinedGroupV1 } from './events/member-joined-group';
export { MemberLeftGroup, MemberLeftGroupV1 } from './events/member-left-group';
export { GroupDeleted, GroupDeletedV1 } from './events/group-deleted';
export {
  DEFAULT_MAX_ACTIVITY_POINTS,
  DEFAULT_VERIFICATION_SETTINGS,
  LeaderboardBonus,
  TenantSettingsChanged,
  TenantSettingsChangedV1,
  VerificationSettingsV1,
} from './events/tenant-settings-changed';
export { humanTextProblem, normalizeEmail, normalizeHumanText } from './text/human-text';
export type { HumanTextLimits } from './text/human-text';
export { IsHumanText } from './text/is-human-text';
export { emailProblem, MAX_EMAIL_LENGTH } from './text/email-rule';
export { IsEmailAddress } from './text/is-email-address';
export {
  ActivityImpactV1,
  ActivityPlaceV1,
  ActivitySnapshotV1,
  ActivityTitlesV1,
} from './events/activity-snapshot';
export { ActivityPublished, ActivityPublishedV1 } from './events/activity-published';
export { ActivityUpdated, ActivityUpdatedV1 } from './events/activity-updated';
export { ActivityArchived, ActivityArchivedV1 } from './events/activity-archived';
export {
  ACTIVITY_CATEGORIES,
  ACTIVITY_DESCRIPTION,
  ACTIVITY_METHODS,
  ACTIVITY_TITLE,
  IMPACT_UNIT,
  MAX_EVENT_PLACE_RADIUS,
  MAX_IMPACT_QUANTITY,
  SCHEDULE_KINDS,
} from './fields/activity-fields';
export type { ActivityCategory, ActivityMethod } from './fields/activity-fields';
export {
  MAX_VOUCHER_VALID_DAYS,
  OFFER_CATEGORIES,
  OFFER_DESCRIPTION,
  OFFER_TERMS,
  OFFER_TITLE,
} from './fields/offer-fields';
export type { OfferCategory } from './fields/offer-fields';
export { IsQueryInteger } from './fields/is-query-integer';
export { MAX_POINTS, pointsProblem } from './fields/points';
export { VERIFICATION_LIMITS } from './fields/verification-limits';
export { IsPoints } from './fields/is-points';
export { IsNormalizedUuid } from './fields/is-normalized-uuid';
export { COMMAND_ID, IsCommandId } from './fields/is-command-id';
export { IsSecretToken, SECRET_TOKEN } from './fields/is-secret-token';
export { TENANT_ID, tenantIdProblem } from './fields/tenant-id';
export { IsTenantId } from './fields/is-tenant-id';
export { DISPLAY_NAME, IsDisplayName } from './fields/is-display-name';
export { IsLocale } from './fields/is-locale';
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './fields/password-rule';
export { IsNewPassword } from './fields/is-new-password';
export { IsPasswordAttempt } from './fields/is-password-attempt';
export { IsSignedToken } from './fields/is-signed-token';
export { INVITE_CODE, INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH } from './fields/invite-code';
export { IsInviteCode } from './fields/is-invite-code';
export {
  normalizeShareCode,
  SHARE_CODE,
  SHARE_CODE_ALPHABET,
  SHARE_CODE_LENGTH,
  shareCodeProblem,
} from './fields/share-code';
export { IsShareCode } from './fields/is-share-code';
export { DomainError, DomainErrorKind } from './errors/domain-error';
export { FieldError, PROBLEM_CONTENT_TYPE, ProblemDetails } from './errors/problem-details';
