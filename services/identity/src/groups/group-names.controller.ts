import { GroupNamesDto, GroupNamesRequestDto } from '@citypoints/http-contracts';
import { TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { groupNames } from './groups.store';

/**
 * Internal API, for the gateway's group leaderboards: the names of many groups of the tenant
 * at once. Any person of the tenant may ask (the service-token guard refuses another tenant's):
 * a group's name is shown to everyone on its boards. An id the tenant has no group of
 * (another tenant's among them) answers null, as an unknown one.
 */
@Controller('tenants/:tenant/group-names')
export class GroupNamesController {
  constructor(private readonly db: DataSource) {}

  /** Each asked-for group id (lower case, distinct: GroupNamesRequestDto) with its name or null. */
  @Post()
  @HttpCode(200)
  async of(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: GroupNamesRequestDto,
  ): Promise<GroupNamesDto> {
    const found = await groupNames(this.db.manager, tenant, input.groupIds);
    return { names: Object.fromEntries(input.groupIds.map((id) => [id, found.get(id) ?? null])) };
  }
}
