// The request and response shapes of the services' internal HTTP APIs, shared by each service
// and the gateway (which derives its public shapes from them), so that the two cannot drift.
// Field rules (tenant id, points, e-mail, …) live in @citypoints/contracts.
export {
  ACTIVITY_STATES,
  ActivityCodesDto,
  ActivityDto,
  ActivityListDto,
  RotatingActivityCodeDto,
} from './activities/activity-answers.dto';
export type { ActivityState } from './activities/activity-answers.dto';
export {
  ActivityDescriptionsDto,
  ActivityImpactDto,
  ActivityInputDto,
  ActivityPlaceDto,
  ActivityReplacementDto,
  ActivityTitlesDto,
} from './activities/activity-input.dto';
export {
  ActivityDetailsDto,
  NearbyActivitiesDto,
  NearbyActivityDto,
} from './activities/activity-details.dto';
export {
  ActivityDetailsQueryDto,
  ActivityListQueryDto,
  DEFAULT_NEARBY_LIMIT,
  MAX_NEARBY_LIMIT,
  NearbyActivitiesQueryDto,
} from './activities/activity-queries.dto';
export {
  CreateGroupDto,
  GroupDto,
  GroupMembersDto,
  GroupMembershipDto,
  JoinGroupDto,
} from './identity/groups.dto';
export {
  PasswordResetConfirmationDto,
  PasswordResetRequestDto,
  PasswordResetRequestedDto,
} from './identity/password-resets.dto';
export { CreatePersonDto, RegisteredPersonDto, SignUpDto } from './identity/people.dto';
export { EmailVerificationDto } from './identity/email-verifications.dto';
export {
  ACCOUNT_STATUSES,
  MAX_PEOPLE_PAGE,
  PEOPLE_PAGE,
  PeopleDto,
  PeopleQueryDto,
  PersonSummaryDto,
  RoleChangeDto,
  SessionsEndedDto,
} from './identity/people-administration.dto';
export type { AccountStatus } from './identity/people-administration.dto';
export { PasswordChangeDto, ProfileChangeDto, ProfileDto } from './identity/profile.dto';
export { MyGroupDto, MyGroupsDto } from './identity/my-groups.dto';
export {
  GROUPS_PAGE,
  GroupListDto,
  GroupsQueryDto,
  ListedGroupDto,
  ListedGroupFounderDto,
  MAX_GROUPS_OFFSET,
  MAX_GROUPS_PAGE,
} from './identity/group-list.dto';
export {
  GroupFounderDto,
  GroupRenamedDto,
  HandOverGroupDto,
  RenameGroupDto,
} from './identity/group-management.dto';
export { SharedPersonDto } from './identity/share-codes.dto';
export type { GroupRole } from './identity/my-groups.dto';
export {
  PersonalCardDto,
  PersonalCardIssuedDto,
  PersonalCardsDto,
} from './identity/personal-cards.dto';
export { QrHolderDto, QrTokenDto, QrTokenIssuedDto } from './identity/personal-qr.dto';
export { ConsentDto, PersonalDataDto } from './identity/privacy.dto';
export { GroupNamesDto, GroupNamesRequestDto, MAX_GROUP_NAMES } from './identity/group-names.dto';
export { PublicNamesDto, PublicNamesRequestDto } from './identity/public-names.dto';
export type { Visibility } from './identity/privacy.dto';
export { RefreshTokenDto, SessionTokensDto, SignInDto, SignOutDto } from './identity/sessions.dto';
export { CreateTenantDto, TenantDto, TenantSettingsDto } from './identity/tenants.dto';
export { VerificationSettingsDto } from './identity/verification-settings.dto';
export { AdjustmentDto, DonationDto, TransferDto } from './ledger/account-commands.dto';
export { CAUSE_STATES, CauseDto, CauseListDto } from './causes/cause-answers.dto';
export type { CauseState } from './causes/cause-answers.dto';
export {
  CAUSE_DESCRIPTION,
  CAUSE_TITLE,
  CauseInputDto,
  CauseReplacementDto,
  CauseTextDto,
  CauseTextsDto,
  MAX_CAUSE_TARGET,
} from './causes/cause-input.dto';
export { CauseListQueryDto } from './causes/cause-queries.dto';
export {
  PARTNER_KINDS,
  PARTNER_NAME,
  PartnerInputDto,
  PartnerReplacementDto,
} from './partners/partner-input.dto';
export type { PartnerKind } from './partners/partner-input.dto';
export { PartnerDto, PartnerListDto, PartnerStaffDto } from './partners/partner-answers.dto';
export {
  OfferStatisticsDto,
  PartnerStatisticsDto,
  PartnerStatisticsQueryDto,
  VoucherCountsDto,
  WeekVoucherCountsDto,
} from './partners/partner-statistics.dto';
export {
  OfferFieldsDto,
  OfferInputDto,
  OfferRejectionDto,
  OfferReplacementDto,
  OfferTextDto,
  OfferTextsDto,
} from './offers/offer-input.dto';
export { OFFER_STATES, OfferDto, OfferListDto } from './offers/offer-answers.dto';
export type { OfferState } from './offers/offer-answers.dto';
export {
  REDEMPTION_STATES,
  RedemptionAcceptedDto,
  RedemptionDto,
  VoucherDto,
  VoucherListDto,
  VoucherWithQrDto,
} from './redemptions/redemption-answers.dto';
export type { RedemptionState } from './redemptions/redemption-answers.dto';
export { RedemptionInputDto } from './redemptions/redemption-input.dto';
export {
  CancelVoucherDto,
  COUNTER_VOUCHER_STATES,
  CounterOfferDto,
  CounterVoucherDto,
  VoucherLookupQueryDto,
  VoucherUseInputDto,
} from './redemptions/counter.dto';
export type { CounterVoucherState } from './redemptions/counter.dto';
export { HistoryQueryDto } from './ledger/account-queries.dto';
export {
  BalanceDto,
  HistoryDto,
  MovementDto,
  MovementResultDto,
  StatementDto,
  TotalsDto,
} from './ledger/account-answers.dto';
export type { MovementKind } from './ledger/account-answers.dto';
export { ExpiryPolicyDto } from './ledger/expiry-policy.dto';
export {
  DEFAULT_LEADERBOARD_LIMIT,
  DEFAULT_STANDING_SPAN,
  LEADERBOARD_CATEGORIES,
  LEADERBOARD_PERIODS,
  LEADERBOARD_SCOPES,
  LeaderboardCategoryQueryDto,
  LeaderboardPageQueryDto,
  LeaderboardPathDto,
  MAX_LEADERBOARD_LIMIT,
  MAX_LEADERBOARD_OFFSET,
  MAX_STANDING_SPAN,
  StandingPathDto,
  StandingQueryDto,
} from './rankings/leaderboard-queries.dto';
export type {
  LeaderboardCategory,
  LeaderboardPeriodKind,
  LeaderboardScope,
} from './rankings/leaderboard-queries.dto';
export {
  LeaderboardDto,
  LeaderboardEntryDto,
  LeaderboardPageDto,
  LeaderboardPeriodDto,
  LeaderboardStandingDto,
} from './rankings/leaderboard-answers.dto';
export * from './rankings/hidden-people.dto';
export * from './rankings/group-leaderboard-queries.dto';
export * from './rankings/group-leaderboard-answers.dto';
export {
  CheckInDto,
  PARTICIPATION_STATES,
  ParticipationDto,
  ParticipationListDto,
  ParticipationQueryDto,
  PositionDto,
  ReviewDecisionDto,
  ReviewItemDto,
  ReviewQueueDto,
  StewardCheckInDto,
} from './verification/check-ins.dto';
export type { ParticipationState } from './verification/check-ins.dto';
export {
  CategoryParticipationsDto,
  ImpactTotalDto,
  ParticipationFiguresDto,
  TenantStatisticsDto,
  WeekParticipationFiguresDto,
} from './verification/tenant-statistics.dto';
export { StatisticsQueryDto } from './statistics/statistics-query.dto';
export { DEFAULT_SPAN_DAYS, MAX_SPAN_DAYS, statisticsSpan } from './statistics/statistics-span';
export { isoWeeks } from './statistics/iso-weeks';
export { WeekPointsDto, WeeklyTotalsDto } from './ledger/weekly-totals.dto';
export * from './rankings/closed-leaderboard-periods.dto';
