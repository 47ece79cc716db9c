import {
  ActivityCodesDto,
  ActivityDetailsDto,
  ActivityDetailsQueryDto,
  ActivityDto,
  ActivityInputDto,
  ActivityListDto,
  ActivityListQueryDto,
  ActivityReplacementDto,
  NearbyActivitiesDto,
  NearbyActivitiesQueryDto,
  RotatingActivityCodeDto,
} from '@citypoints/http-contracts';
import { GatewayRoute, RouteCall } from '../gateway-route';
import { activities, ANYONE_SIGNED_IN, queryString, TENANT_ADMIN, tenant } from './upstream-paths';

/** The tenant's catalogue, as activities serves it; the tenant always from the token. */
const catalogue = (call: RouteCall) => `${tenant(call)}/activities`;
const activity = (call: RouteCall) => `${catalogue(call)}/${call.params.activity}`;

/**
 * Degrees as the activities service reads them, in decimals: String() would write a value
 * below 1e-6 with an exponent, which the service refuses. 15 places hold every input's.
 */
const degrees = (value: unknown) =>
  typeof value === 'number' ? value.toFixed(15).replace(/\.?0+$/, '') : value;

/** The search near a position, its coordinates in decimals and the rest as given. */
const nearbyQuery = ({ query }: RouteCall) =>
  queryString({ ...query, latitude: degrees(query.latitude), longitude: degrees(query.longitude) });

/** A tenant admin's change of one activity, answered with the activity as it is afterwards. */
const change = (name: string, summary: string, step: string): GatewayRoute => ({
  name,
  summary,
  tag: 'activities',
  method: 'POST',
  path: `/activities/{activity}/${step}`,
  access: TENANT_ADMIN,
  response: ActivityDto,
  status: 200,
  upstream: activities((call) => `${activity(call)}/${step}`),
});

/**
 * Activities: residents (every role of the tenant) find the published ones near them and read
 * one in their language; the tenant's admins keep the catalogue, its codes and its posters.
 * `/activities/nearby` is matched before `/activities/{activity}` (routeMatcher prefers the
 * route with fewer parameters).
 */
export const ACTIVITY_ROUTES: readonly GatewayRoute[] = [
  // Residents.
  {
    name: 'findNearbyActivities',
    summary:
      'Published activities near a position, nearest first (geodesic distance), in the ' +
      "caller's language; by category, or only those open now",
    tag: 'activities',
    method: 'GET',
    path: '/activities/nearby',
    access: ANYONE_SIGNED_IN,
    query: NearbyActivitiesQueryDto,
    response: NearbyActivitiesDto,
    status: 200,
    upstream: activities((call) => `${catalogue(call)}/nearby${nearbyQuery(call)}`),
  },
  {
    name: 'getActivityDetails',
    summary: "A published activity in the caller's language, and whether it is open now",
    tag: 'activities',
    method: 'GET',
    path: '/activities/{activity}/details',
    access: ANYONE_SIGNED_IN,
    query: ActivityDetailsQueryDto,
    response: ActivityDetailsDto,
    status: 200,
    upstream: activities((call) => `${activity(call)}/details${queryString(call.query)}`),
  },
  // The catalogue, for the tenant's admins.
  {
    name: 'createActivity',
    summary: 'Create a draft activity: titles, points, place, schedule, methods, limits',
    tag: 'activities',
    method: 'POST',
    path: '/activities',
    access: TENANT_ADMIN,
    body: ActivityInputDto,
    response: ActivityDto,
    status: 201,
    upstream: activities(catalogue),
  },
  {
    name: 'listActivities',
    summary: "The tenant's activities, newest first, in every state or the one asked for",
    tag: 'activities',
    method: 'GET',
    path: '/activities',
    access: TENANT_ADMIN,
    query: ActivityListQueryDto,
    response: ActivityListDto,
    status: 200,
    upstream: activities((call) => `${catalogue(call)}${queryString(call.query)}`),
  },
  {
    name: 'getActivity',
    summary: 'One activity of the tenant, in any state, with all its languages',
    tag: 'activities',
    method: 'GET',
    path: '/activities/{activity}',
    access: TENANT_ADMIN,
    response: ActivityDto,
    status: 200,
    upstream: activities(activity),
  },
  {
    name: 'updateActivity',
    summary: "Replace an activity's fields, optionally only if it is still at `version`",
    tag: 'activities',
    method: 'PUT',
    path: '/activities/{activity}',
    access: TENANT_ADMIN,
    body: ActivityReplacementDto,
    response: ActivityDto,
    status: 200,
    upstream: activities(activity),
  },
  change('publishActivity', 'Publish a draft: residents see it and can take part', 'publication'),
  change('archiveActivity', 'Archive an activity for good: its codes stop working', 'archival'),
  change(
    'rotateActivityCodes',
    "Rotate an activity's code secret: every poster and screen code printed before is refused",
    'code-rotations',
  ),
  {
    name: 'getActivityCodes',
    summary: "An activity's printed code: the QR code's text and the code to type",
    tag: 'activities',
    method: 'GET',
    path: '/activities/{activity}/codes',
    access: TENANT_ADMIN,
    response: ActivityCodesDto,
    status: 200,
    upstream: activities((call) => `${activity(call)}/codes`),
  },
  {
    name: 'getRotatingActivityCode',
    summary: "The code an event's screen shows now (a new one every 30 s), and until when",
    tag: 'activities',
    method: 'GET',
    path: '/activities/{activity}/codes/rotating',
    access: TENANT_ADMIN,
    response: RotatingActivityCodeDto,
    status: 200,
    upstream: activities((call) => `${activity(call)}/codes/rotating`),
  },
  {
    name: 'getActivityPosterSvg',
    summary: "An activity's printable A4 poster with its QR code, as SVG",
    tag: 'activities',
    method: 'GET',
    path: '/activities/{activity}/poster.svg',
    access: TENANT_ADMIN,
    produces: 'image/svg+xml',
    status: 200,
    upstream: activities((call) => `${activity(call)}/poster.svg`),
  },
  {
    name: 'getActivityPosterPdf',
    summary: "An activity's printable A4 poster with its QR code, as PDF",
    tag: 'activities',
    method: 'GET',
    path: '/activities/{activity}/poster.pdf',
    access: TENANT_ADMIN,
    produces: 'application/pdf',
    status: 200,
    upstream: activities((call) => `${activity(call)}/poster.pdf`),
  },
];
