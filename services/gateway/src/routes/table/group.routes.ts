import { GatewayRoute } from '../gateway-route';
import { CreateGroupDto, JoinGroupDto } from '../people.dto';
import {
  GroupDto,
  GroupMembersDto,
  GroupMembershipDto,
  MyGroupsDto,
  QrHolderDto,
  QrTokenDto,
  QrTokenIssuedDto,
} from '@citypoints/http-contracts';
import { CITIZEN, tenant, me, identity } from './upstream-paths';

/** Groups (create, join, mine, leave, members) and the personal QR code a steward scans. */
export const GROUP_ROUTES: readonly GatewayRoute[] = [
  // Groups.
  {
    name: 'createGroup',
    summary: 'Create a group; the founder joins and sees its invite code',
    tag: 'groups',
    method: 'POST',
    path: '/groups',
    access: CITIZEN,
    body: CreateGroupDto,
    response: GroupDto,
    status: 201,
    upstream: identity(
      (call) => `${tenant(call)}/groups`,
      (call) => ({ ...call.body, createdBy: call.me }),
    ),
  },
  {
    name: 'joinGroup',
    summary: 'Join a group by its invite code',
    tag: 'groups',
    method: 'POST',
    path: '/groups/memberships',
    access: CITIZEN,
    body: JoinGroupDto,
    response: GroupMembershipDto,
    status: 200,
    upstream: identity(
      (call) => `${tenant(call)}/groups/memberships`,
      (call) => ({ ...call.body, userId: call.me }),
    ),
  },
  {
    name: 'listMyGroups',
    summary: "The signed-in citizen's groups: their role, member count and invite code",
    tag: 'groups',
    method: 'GET',
    path: '/me/groups',
    access: CITIZEN,
    response: MyGroupsDto,
    status: 200,
    upstream: identity((call) => `${me(call)}/groups`),
  },
  {
    name: 'leaveGroup',
    summary: 'Leave a group',
    tag: 'groups',
    method: 'DELETE',
    path: '/me/groups/{group}',
    access: CITIZEN,
    status: 204,
    upstream: identity((call) => `${tenant(call)}/groups/${call.params.group}/members/${call.me}`),
  },
  {
    name: 'listGroupMembers',
    summary: 'The members of a group, each named only as they consented',
    tag: 'groups',
    method: 'GET',
    path: '/groups/{group}/members',
    access: ['citizen', 'tenant-admin'],
    response: GroupMembersDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/groups/${call.params.group}/members`),
  },
  // Personal QR codes.
  {
    name: 'issueQrToken',
    summary: 'A 2-minute personal QR token to show a verifier',
    tag: 'qr',
    method: 'POST',
    path: '/me/qr-token',
    access: CITIZEN,
    response: QrTokenIssuedDto,
    status: 201,
    upstream: identity((call) => `${me(call)}/qr-token`),
  },
  {
    name: 'verifyQrToken',
    summary: "A verifier checks a person's QR token",
    tag: 'qr',
    method: 'POST',
    path: '/qr-tokens/verifications',
    access: ['verifier'],
    body: QrTokenDto,
    response: QrHolderDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/qr-tokens/verifications`),
  },
];
