import {
  CheckInDto,
  ParticipationDto,
  ParticipationListDto,
  ParticipationQueryDto,
  ReviewDecisionDto,
  ReviewQueueDto,
  StewardCheckInDto,
} from '@citypoints/http-contracts';
import { GatewayRoute } from '../gateway-route';
import { CITIZEN, me, queryString, TENANT_ADMIN, tenant, verification } from './upstream-paths';

/**
 * Check-ins and participations (issue 12), as verification serves them. A check-in's answer is
 * verification's: 201 verified, 202 waiting for review, 422 rejected with the reason as `code`;
 * a retry with the same `Idempotency-Key` gets the first answer again.
 */
export const CHECK_IN_ROUTES: readonly GatewayRoute[] = [
  {
    name: 'checkIn',
    summary: "Check in with an activity's scanned code, the phone's position and the scan time",
    tag: 'check-ins',
    method: 'POST',
    path: '/check-ins',
    access: CITIZEN,
    body: CheckInDto,
    response: ParticipationDto,
    status: 201,
    forwardHeaders: ['idempotency-key'],
    upstream: verification((call) => `${tenant(call)}/check-ins`),
  },
  {
    name: 'listMyParticipations',
    summary: 'My participations, latest first, with their state and rejection reason',
    tag: 'check-ins',
    method: 'GET',
    path: '/me/participations',
    access: CITIZEN,
    query: ParticipationQueryDto,
    response: ParticipationListDto,
    status: 200,
    upstream: verification((call) => `${me(call)}/participations${queryString(call.query)}`),
  },
  {
    name: 'stewardCheckIn',
    summary: 'A steward confirms the person whose personal QR code or card they scanned',
    tag: 'check-ins',
    method: 'POST',
    path: '/steward-check-ins',
    access: ['verifier', 'tenant-admin'],
    body: StewardCheckInDto,
    response: ParticipationDto,
    status: 201,
    forwardHeaders: ['idempotency-key'],
    upstream: verification((call) => `${tenant(call)}/steward-check-ins`),
  },
  {
    name: 'listPersonParticipations',
    summary: "A person's participations, for the tenant's admins",
    tag: 'check-ins',
    method: 'GET',
    path: '/people/{person}/participations',
    access: TENANT_ADMIN,
    query: ParticipationQueryDto,
    response: ParticipationListDto,
    status: 200,
    upstream: verification(
      (call) =>
        `${tenant(call)}/people/${call.params.person}/participations${queryString(call.query)}`,
    ),
  },
  {
    name: 'listReviews',
    summary: 'The review queue: check-ins the review rules held, oldest first',
    tag: 'check-ins',
    method: 'GET',
    path: '/reviews',
    access: TENANT_ADMIN,
    query: ParticipationQueryDto,
    response: ReviewQueueDto,
    status: 200,
    upstream: verification((call) => `${tenant(call)}/reviews${queryString(call.query)}`),
  },
  {
    name: 'decideReview',
    summary: 'Approve or reject a held check-in, with the reason',
    tag: 'check-ins',
    method: 'POST',
    path: '/reviews/{participation}/decision',
    access: TENANT_ADMIN,
    body: ReviewDecisionDto,
    response: ParticipationDto,
    status: 200,
    upstream: verification(
      (call) => `${tenant(call)}/reviews/${call.params.participation}/decision`,
    ),
  },
];
