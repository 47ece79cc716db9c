import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { CreateGroupDto, JoinGroupDto } from './group.dto';
import { Group, Groups } from './groups';

/**
 * Internal API, for the gateway, which passes the signed-in person as createdBy, userId or
 * :person, and names them as the acting person when listing members. The invite code is shown
 * only to whoever creates the group.
 */
@Controller('tenants/:tenant/groups')
export class GroupsController {
  constructor(private readonly groups: Groups) {}

  @Post()
  create(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: CreateGroupDto,
  ): Promise<Group> {
    return this.groups.create(tenant, input);
  }

  @Post('memberships')
  @HttpCode(200)
  join(@Param('tenant', TenantIdPipe) tenant: string, @Body() input: JoinGroupDto) {
    return this.groups.join(tenant, input.inviteCode, input.userId);
  }

  @Delete(':group/members/:person')
  @HttpCode(204)
  leave(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('group', ParseUUIDPipe) group: string,
    @Param('person', ParseUUIDPipe) person: string,
  ): Promise<void> {
    return this.groups.leave(tenant, group, person);
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
