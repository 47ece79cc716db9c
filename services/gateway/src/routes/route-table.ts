import { GatewayRoute } from './gateway-route';
import { SESSION_ROUTES } from './table/session.routes';
import { PROFILE_ROUTES } from './table/profile.routes';
import { PRIVACY_ROUTES } from './table/privacy.routes';
import { GROUP_ROUTES } from './table/group.routes';
import { PERSONAL_CARD_ROUTES } from './table/personal-card.routes';
import { POINTS_ROUTES } from './table/points.routes';
import { ADMINISTRATION_ROUTES } from './table/administration.routes';
import { PLATFORM_ROUTES } from './table/platform.routes';
import { ACTIVITY_ROUTES } from './table/activity.routes';
import { CHECK_IN_ROUTES } from './table/check-in.routes';
import { LEADERBOARD_ROUTES } from './table/leaderboard.routes';
import { REWARD_ROUTES } from './table/reward.routes';
import { PARTNER_ROUTES } from './table/partner.routes';
import { COUNTER_ROUTES } from './table/counter.routes';

/**
 * The public API. The controller, the guards, the OpenAPI document and the generated tests
 * (role × route, tenant isolation) all read this one table, one file per area under table/.
 */
export const ROUTES: readonly GatewayRoute[] = [
  ...SESSION_ROUTES,
  ...PROFILE_ROUTES,
  ...PRIVACY_ROUTES,
  ...GROUP_ROUTES,
  ...PERSONAL_CARD_ROUTES,
  ...POINTS_ROUTES,
  ...ADMINISTRATION_ROUTES,
  ...PLATFORM_ROUTES,
  ...ACTIVITY_ROUTES,
  ...CHECK_IN_ROUTES,
  ...LEADERBOARD_ROUTES,
  ...REWARD_ROUTES,
  ...PARTNER_ROUTES,
  ...COUNTER_ROUTES,
];
