import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { actOnlyOnSelf } from '../people/act-only-on-self';
import { CreateGroupDto, JoinGroupDto } from '@citypoints/http-contracts';
import { Group, Groups } from './groups';

/**
 * Internal API, for the gateway, which passes the signed-in person as createdBy or userId
 * and names them as the acting person; identity checks that these are the acting
 * person (actOnlyOnSelf). The invite code is shown to whoever creates the group, and to its
 * members in their own list of groups (my-groups.controller.ts), never to others.
 */
@Controller('tenants/:tenant/groups')
export class GroupsController {
  constructor(private readonly groups: Groups) {}

  @Post()
  create(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: CreateGroupDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Group> {
    actOnlyOnSelf(actor, tenant, input.createdBy);
    return this.groups.create(tenant, input);
  }

  @Post('memberships')
  @HttpCode(200)
  join(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: JoinGroupDto,
    @ActingPerson() actor: Actor | undefined,
  ) {
    actOnlyOnSelf(actor, tenant, input.userId);
    return this.groups.join(tenant, input.inviteCode, input.userId);
  }

  @Get(':group/members')
  members(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('group', ParseUUIDPipe) group: string,
    @ActingPerson() actor: Actor | undefined,
  ) {
    return this.groups.members(tenant, group, actor);
  }
}
