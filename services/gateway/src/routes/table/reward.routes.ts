import {
  CauseDto,
  CauseInputDto,
  CauseListDto,
  CauseListQueryDto,
  CauseReplacementDto,
  RedemptionAcceptedDto,
  RedemptionDto,
  RedemptionInputDto,
  VoucherListDto,
} from '@citypoints/http-contracts';
import { GatewayRoute, RouteCall } from '../gateway-route';
import { CatalogueDto, CatalogueOfferDto } from '../catalogue.dto';
import { balancePart, offerWithAffordable, withAffordable } from '../with-affordable';
import {
  ANYONE_SIGNED_IN,
  CITIZEN,
  me,
  queryString,
  rewards,
  TENANT_ADMIN,
  tenant,
} from './upstream-paths';

const causes = (call: RouteCall) => `${tenant(call)}/causes`;
const cause = (call: RouteCall) => `${causes(call)}/${call.params.cause}`;

/** A tenant admin's step in a cause's life, answered with the cause as it is afterwards. */
const causeStep = (name: string, summary: string, step: string): GatewayRoute => ({
  name,
  summary,
  tag: 'causes',
  method: 'POST',
  path: `/causes/{cause}/${step}`,
  access: TENANT_ADMIN,
  response: CauseDto,
  status: 200,
  upstream: rewards((call) => `${cause(call)}/${step}`),
});

/**
 * Rewards for residents (issue 14), as the rewards service serves them: the offers with whether
 * the caller can afford each (joined from the ledger's balance), redeeming points for a voucher
 * (202: the ledger is asked; the outcome is read with GET /redemptions/{redemption} or arrives on
 * /me/events as VoucherIssued or RedemptionFailed), the person's vouchers, and the charitable
 * causes points are donated to (POST /me/donations, the ledger's), which admins keep.
 * `/offers` serves everyone: rewards shows residents the catalogue, a partner's staff their
 * partner's offers and admins every offer (partner.routes.ts changes them).
 */
export const REWARD_ROUTES: readonly GatewayRoute[] = [
  {
    name: 'listOffers',
    summary:
      'The offers the caller may see, newest first, each with whether their balance affords ' +
      'it: the catalogue for residents, their partner’s offers for its staff, all for admins',
    tag: 'offers',
    method: 'GET',
    path: '/offers',
    access: ANYONE_SIGNED_IN,
    response: CatalogueDto,
    status: 200,
    upstream: rewards((call) => `${tenant(call)}/offers`),
    compose: { part: balancePart, join: withAffordable },
  },
  {
    name: 'getOffer',
    summary: 'One offer the caller may see, with whether their balance affords it',
    tag: 'offers',
    method: 'GET',
    path: '/offers/{offer}',
    access: ANYONE_SIGNED_IN,
    response: CatalogueOfferDto,
    status: 200,
    upstream: rewards((call) => `${tenant(call)}/offers/${call.params.offer}`),
    compose: { part: balancePart, join: offerWithAffordable },
  },
  {
    name: 'redeemOffer',
    summary:
      'Spend points on a voucher of an offer: a unit is reserved and the ledger asked for the ' +
      'price; the outcome comes later (GET the redemption, or the event stream)',
    tag: 'redemptions',
    method: 'POST',
    path: '/redemptions',
    access: CITIZEN,
    body: RedemptionInputDto,
    response: RedemptionAcceptedDto,
    status: 202,
    forwardHeaders: ['idempotency-key'],
    upstream: rewards((call) => `${tenant(call)}/redemptions`),
  },
  {
    name: 'getRedemption',
    summary:
      'A redemption as it stands: pending, failed with the reason, or issued with its voucher',
    tag: 'redemptions',
    method: 'GET',
    path: '/redemptions/{redemption}',
    access: ['citizen', 'tenant-admin'],
    response: RedemptionDto,
    status: 200,
    upstream: rewards((call) => `${tenant(call)}/redemptions/${call.params.redemption}`),
  },
  {
    name: 'listMyVouchers',
    summary:
      "The signed-in citizen's vouchers, newest first, each with its code, its QR code and " +
      'whether it can still be used',
    tag: 'redemptions',
    method: 'GET',
    path: '/me/vouchers',
    access: CITIZEN,
    response: VoucherListDto,
    status: 200,
    upstream: rewards((call) => `${me(call)}/vouchers`),
  },
  {
    name: 'listCauses',
    summary: 'The causes points can be donated to, newest first; admins see every state',
    tag: 'causes',
    method: 'GET',
    path: '/causes',
    access: ANYONE_SIGNED_IN,
    query: CauseListQueryDto,
    response: CauseListDto,
    status: 200,
    upstream: rewards((call) => `${causes(call)}${queryString(call.query)}`),
  },
  {
    name: 'getCause',
    summary: 'One cause, with the points donated so far and the progress to its target',
    tag: 'causes',
    method: 'GET',
    path: '/causes/{cause}',
    access: ANYONE_SIGNED_IN,
    response: CauseDto,
    status: 200,
    upstream: rewards(cause),
  },
  {
    name: 'createCause',
    summary: 'Create a draft cause: its texts per language, image and target in points',
    tag: 'causes',
    method: 'POST',
    path: '/causes',
    access: TENANT_ADMIN,
    body: CauseInputDto,
    response: CauseDto,
    status: 201,
    upstream: rewards(causes),
  },
  {
    name: 'updateCause',
    summary: "Replace a draft cause's fields, optionally only if it is still at `version`",
    tag: 'causes',
    method: 'PUT',
    path: '/causes/{cause}',
    access: TENANT_ADMIN,
    body: CauseReplacementDto,
    response: CauseDto,
    status: 200,
    upstream: rewards(cause),
  },
  causeStep('publishCause', 'Publish a draft cause: residents can donate to it', 'publication'),
  causeStep('archiveCause', 'Archive a cause for good: it takes no more donations', 'archival'),
];
