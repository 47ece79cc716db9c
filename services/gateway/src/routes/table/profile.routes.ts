import { GatewayRoute } from '../gateway-route';
import { ProfileChangeDto, ProfileDto } from '@citypoints/http-contracts';
import { ANYONE_SIGNED_IN, me, identity } from './upstream-paths';

/** Who the signed-in person is, and what they change about themselves: name and language. */
export const PROFILE_ROUTES: readonly GatewayRoute[] = [
  {
    name: 'getMe',
    summary: 'The signed-in person: id, tenant, role, name, e-mail and the locale they read',
    tag: 'privacy',
    method: 'GET',
    path: '/me',
    access: ANYONE_SIGNED_IN,
    response: ProfileDto,
    status: 200,
    upstream: identity(me),
  },
  {
    name: 'updateMe',
    summary: 'Change the display name and/or the locale; others see the name only as consented',
    tag: 'privacy',
    method: 'PATCH',
    path: '/me',
    access: ANYONE_SIGNED_IN,
    body: ProfileChangeDto,
    response: ProfileDto,
    status: 200,
    upstream: identity(me),
  },
];
