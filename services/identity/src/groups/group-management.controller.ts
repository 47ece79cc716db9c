import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import {
  Body,
  Controller,
  Delete,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Put,
} from '@nestjs/common';
import {
  GroupFounderDto,
  GroupRenamedDto,
  HandOverGroupDto,
  RenameGroupDto,
} from '@citypoints/http-contracts';
import { GroupManagement } from './group-management';

/**
 * Internal API, for the gateway, which names the signed-in person as the acting person;
 * identity decides from them who may rename, hand over or delete a group and take a member
 * out of it (group-management-rule.ts): anyone themselves, the founder and the tenant's admins
 * anyone.
 */
@Controller('tenants/:tenant/groups/:group')
export class GroupManagementController {
  constructor(private readonly management: GroupManagement) {}

  @Patch()
  rename(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('group', ParseUUIDPipe) group: string,
    @Body() input: RenameGroupDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<GroupRenamedDto> {
    return this.management.rename(tenant, group, input.name, actor);
  }

  @Put('founder')
  handOver(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('group', ParseUUIDPipe) group: string,
    @Body() input: HandOverGroupDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<GroupFounderDto> {
    return this.management.handOver(tenant, group, input.person, actor);
  }

  @Delete()
  @HttpCode(204)
  delete(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('group', ParseUUIDPipe) group: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<void> {
    return this.management.delete(tenant, group, actor);
  }

  @Delete('members/:person')
  @HttpCode(204)
  remove(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('group', ParseUUIDPipe) group: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<void> {
    return this.management.remove(tenant, group, person, actor);
  }
}
