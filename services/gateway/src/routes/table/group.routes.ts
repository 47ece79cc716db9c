import { GatewayRoute, RouteCall } from '../gateway-route';
import { CreateGroupDto, JoinGroupDto } from '../people.dto';
import {
  GroupDto,
  GroupFounderDto,
  GroupListDto,
  GroupMembersDto,
  GroupMembershipDto,
  GroupRenamedDto,
  GroupsQueryDto,
  HandOverGroupDto,
  MyGroupsDto,
  QrHolderDto,
  QrTokenDto,
  QrTokenIssuedDto,
  RenameGroupDto,
} from '@citypoints/http-contracts';
import { CITIZEN, TENANT_ADMIN, tenant, me, identity, queryString } from './upstream-paths';

// Identity decides who manages a group: its founder and the tenant's admins (its
// group-management-rule.ts); any member may still leave it.
const FOUNDER_OR_ADMIN = ['citizen', 'tenant-admin'] as const;
const group = (call: RouteCall) => `${tenant(call)}/groups/${call.params.group}`;

/**
 * Groups (create, join, mine, leave, members; rename, remove a member, hand over, delete; the
 * tenant admins' list of all groups) and the personal QR code a steward scans.
 */
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
    name: 'listGroups',
    summary:
      "The tenant's groups, searched by a part of the name, with founder, member count and " +
      'founding time; paged, with the total',
    tag: 'groups',
    method: 'GET',
    path: '/groups',
    access: TENANT_ADMIN,
    query: GroupsQueryDto,
    response: GroupListDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/groups${queryString(call.query)}`),
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
    summary:
      'Leave a group; a founder who leaves hands it to its longest-standing member, and the ' +
      'last member to leave deletes it',
    tag: 'groups',
    method: 'DELETE',
    path: '/me/groups/{group}',
    access: CITIZEN,
    status: 204,
    upstream: identity((call) => `${group(call)}/members/${call.me}`),
  },
  {
    name: 'renameGroup',
    summary: "Rename a group (its founder or the tenant's admins); boards show the new name",
    tag: 'groups',
    method: 'PATCH',
    path: '/groups/{group}',
    access: FOUNDER_OR_ADMIN,
    body: RenameGroupDto,
    response: GroupRenamedDto,
    status: 200,
    upstream: identity(group),
  },
  {
    name: 'removeGroupMember',
    summary:
      "Take a member out of a group (its founder or the tenant's admins): their points stop " +
      'counting for it from now on, as when they leave',
    tag: 'groups',
    method: 'DELETE',
    path: '/groups/{group}/members/{person}',
    access: FOUNDER_OR_ADMIN,
    status: 204,
    upstream: identity((call) => `${group(call)}/members/${call.params.person}`),
  },
  {
    name: 'handOverGroup',
    summary: "Make a member the group's founder (its founder or the tenant's admins)",
    tag: 'groups',
    method: 'PUT',
    path: '/groups/{group}/founder',
    access: FOUNDER_OR_ADMIN,
    body: HandOverGroupDto,
    response: GroupFounderDto,
    status: 200,
    upstream: identity((call) => `${group(call)}/founder`),
  },
  {
    name: 'deleteGroup',
    summary:
      "Delete a group (its founder or the tenant's admins): every member leaves it and it " +
      'leaves the open group boards',
    tag: 'groups',
    method: 'DELETE',
    path: '/groups/{group}',
    access: FOUNDER_OR_ADMIN,
    status: 204,
    upstream: identity(group),
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
    upstream: identity((call) => `${group(call)}/members`),
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
