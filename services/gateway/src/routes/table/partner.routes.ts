import {
  OfferDto,
  OfferInputDto,
  OfferRejectionDto,
  OfferReplacementDto,
  PartnerDto,
  PartnerInputDto,
  PartnerListDto,
  PartnerReplacementDto,
  PartnerStaffDto,
  PartnerStatisticsDto,
  PartnerStatisticsQueryDto,
} from '@citypoints/http-contracts';
import { Role } from '@citypoints/contracts';
import { GatewayRoute, RouteCall } from '../gateway-route';
import {
  ADMIN_OR_PARTNER_STAFF,
  queryString,
  rewards,
  TENANT_ADMIN,
  tenant,
} from './upstream-paths';

const partners = (call: RouteCall) => `${tenant(call)}/partners`;
const partner = (call: RouteCall) => `${partners(call)}/${call.params.partner}`;
const staffMember = (call: RouteCall) => `${partner(call)}/staff/${call.params.person}`;
const offers = (call: RouteCall) => `${tenant(call)}/offers`;
const offer = (call: RouteCall) => `${offers(call)}/${call.params.offer}`;

/** A step in an offer's life, answered with the offer as it is afterwards. */
const offerStep = (
  name: string,
  summary: string,
  step: string,
  access: readonly Role[],
): GatewayRoute => ({
  name,
  summary,
  tag: 'offers',
  method: 'POST',
  path: `/offers/{offer}/${step}`,
  access,
  response: OfferDto,
  status: 200,
  upstream: rewards((call) => `${offer(call)}/${step}`),
});

/**
 * Partners' side of rewards (issue 14), as the rewards service serves it. A partner's staff and
 * the tenant's admins share the offer routes (and the counter's, counter.routes.ts): rewards tells them apart by the
 * acting person the gateway names (staff act for the partner their account is bound to, and
 * see another partner's offers and vouchers as unknown, 404); admins alone keep the partners,
 * bind staff to them and approve (publish) or reject submitted offers.
 */
export const PARTNER_ROUTES: readonly GatewayRoute[] = [
  // Partners, for the tenant's admins; staff read their own.
  {
    name: 'createPartner',
    summary: 'Add a partner: a business or association that gives vouchers for points',
    tag: 'partners',
    method: 'POST',
    path: '/partners',
    access: TENANT_ADMIN,
    body: PartnerInputDto,
    response: PartnerDto,
    status: 201,
    upstream: rewards(partners),
  },
  {
    name: 'listPartners',
    summary: "The tenant's partners by name, with their staff; a partner's staff see their own",
    tag: 'partners',
    method: 'GET',
    path: '/partners',
    access: ADMIN_OR_PARTNER_STAFF,
    response: PartnerListDto,
    status: 200,
    upstream: rewards(partners),
  },
  {
    name: 'getPartner',
    summary: 'One partner, with its staff',
    tag: 'partners',
    method: 'GET',
    path: '/partners/{partner}',
    access: ADMIN_OR_PARTNER_STAFF,
    response: PartnerDto,
    status: 200,
    upstream: rewards(partner),
  },
  {
    name: 'updatePartner',
    summary: "Replace a partner's fields, optionally only if it is still at `version`",
    tag: 'partners',
    method: 'PUT',
    path: '/partners/{partner}',
    access: TENANT_ADMIN,
    body: PartnerReplacementDto,
    response: PartnerDto,
    status: 200,
    upstream: rewards(partner),
  },
  {
    name: 'bindPartnerStaff',
    summary: "Bind a partner-staff account to the partner: it then manages that partner's offers",
    tag: 'partners',
    method: 'PUT',
    path: '/partners/{partner}/staff/{person}',
    access: TENANT_ADMIN,
    response: PartnerStaffDto,
    status: 200,
    upstream: rewards(staffMember),
  },
  {
    name: 'unbindPartnerStaff',
    summary: 'Unbind a partner-staff account from the partner (also when it was not bound)',
    tag: 'partners',
    method: 'DELETE',
    path: '/partners/{partner}/staff/{person}',
    access: TENANT_ADMIN,
    status: 204,
    upstream: rewards(staffMember),
  },
  {
    name: 'getPartnerStatistics',
    summary:
      "A partner's vouchers issued, used, expired and cancelled, per offer and ISO week (UTC), " +
      'in the days from–to (both included; by default the 12 weeks up to today)',
    tag: 'partners',
    method: 'GET',
    path: '/partners/{partner}/statistics',
    access: ADMIN_OR_PARTNER_STAFF,
    query: PartnerStatisticsQueryDto,
    response: PartnerStatisticsDto,
    status: 200,
    upstream: rewards((call) => `${partner(call)}/statistics${queryString(call.query)}`),
  },
  // Offers, kept by the partner's staff and the tenant's admins.
  {
    name: 'createOffer',
    summary: 'Create a draft offer of a partner (staff: of their own partner)',
    tag: 'offers',
    method: 'POST',
    path: '/offers',
    access: ADMIN_OR_PARTNER_STAFF,
    body: OfferInputDto,
    response: OfferDto,
    status: 201,
    upstream: rewards(offers),
  },
  {
    name: 'updateOffer',
    summary:
      "Replace an offer's fields but its partner (staff: a draft; admins: one not on sale), " +
      'optionally only if it is still at `version`',
    tag: 'offers',
    method: 'PUT',
    path: '/offers/{offer}',
    access: ADMIN_OR_PARTNER_STAFF,
    body: OfferReplacementDto,
    response: OfferDto,
    status: 200,
    upstream: rewards(offer),
  },
  offerStep(
    'submitOffer',
    "Submit a draft for the tenant's approval",
    'submission',
    ADMIN_OR_PARTNER_STAFF,
  ),
  offerStep(
    'withdrawOffer',
    'Take a submitted offer back to draft',
    'withdrawal',
    ADMIN_OR_PARTNER_STAFF,
  ),
  offerStep('pauseOffer', 'Pause an offer on sale', 'pause', ADMIN_OR_PARTNER_STAFF),
  offerStep('endOffer', 'End an offer on sale or paused, for good', 'end', ADMIN_OR_PARTNER_STAFF),
  offerStep(
    'publishOffer',
    'Approve a submitted offer, or resume a paused one: it is on sale in its window',
    'publication',
    TENANT_ADMIN,
  ),
  {
    name: 'rejectOffer',
    summary: 'Send a submitted offer back to draft, with the reason its partner reads',
    tag: 'offers',
    method: 'POST',
    path: '/offers/{offer}/rejection',
    access: TENANT_ADMIN,
    body: OfferRejectionDto,
    response: OfferDto,
    status: 200,
    upstream: rewards((call) => `${offer(call)}/rejection`),
  },
];
