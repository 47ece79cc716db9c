import { DomainError } from '@citypoints/contracts';
import { GROUPS_PAGE, GroupListDto, GroupsQueryDto } from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { listGroups } from './group-list.store';

/**
 * Internal API, for the gateway, which lets only tenant admins reach it (`GET /groups`, the
 * municipality admin's groups page, issue 16): the tenant's groups with their founders' names
 * as identity holds them. Identity checks the acting person again: 403 `may-not-list-groups`
 * for anyone but an admin of this tenant. A call for nobody (a tool with the service
 * credential) may list them, as elsewhere in identity.
 */
@Controller('tenants/:tenant/groups')
export class GroupListController {
  constructor(private readonly db: DataSource) {}

  /** A page of the tenant's groups (GroupsQueryDto says how it is cut), with the total. */
  @Get()
  list(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: GroupsQueryDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<GroupListDto> {
    if (actor && (actor.role !== 'tenant-admin' || actor.tenant !== tenant)) {
      throw new DomainError(
        'forbidden',
        'may-not-list-groups',
        "only the tenant's admins may list its groups",
      );
    }
    const { search, limit = GROUPS_PAGE, offset = 0 } = query;
    return listGroups(this.db.manager, tenant, { search, limit, offset });
  }
}
