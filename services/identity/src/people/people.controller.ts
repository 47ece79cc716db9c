import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { People, RegisteredPerson } from './people';
import { CreatePersonDto, SignUpDto } from '@citypoints/http-contracts';

/**
 * Internal API, for the gateway: anyone may sign up as a citizen (and is mailed a link to verify
 * the address); people with other roles are added by the acting person the gateway names, as
 * addPersonRefusal allows.
 */
@Controller('tenants/:tenant')
export class PeopleController {
  constructor(private readonly people: People) {}

  @Post('sign-ups')
  signUp(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: SignUpDto,
  ): Promise<RegisteredPerson> {
    return this.people.register(tenant, { ...input, role: 'citizen' }, true);
  }

  @Post('people')
  create(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: CreatePersonDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<RegisteredPerson> {
    return this.people.add(tenant, input, actor);
  }
}
