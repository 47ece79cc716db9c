import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { IssuedCard, PersonalCards } from './personal-cards';
import { PersonalCard } from './personal-cards.store';

/**
 * Internal API, for the gateway: a person's printed personal cards, which the person and their
 * tenant's admins may issue, list and revoke (checked here against the acting person:
 * cardHolderRefusal). Answers as PersonalCardIssuedDto, PersonalCardsDto and PersonalCardDto of
 * @citypoints/http-contracts, times ISO-8601 UTC.
 */
@Controller('tenants/:tenant/people/:person/personal-cards')
export class PersonalCardsController {
  constructor(private readonly cards: PersonalCards) {}

  @Post()
  issue(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<IssuedCard> {
    return this.cards.issue(actor, tenant, person);
  }

  @Get()
  async list(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<{ cards: PersonalCard[] }> {
    return { cards: await this.cards.list(actor, tenant, person) };
  }

  @Post(':card/revocation')
  @HttpCode(200)
  revoke(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @Param('card', ParseUUIDPipe) card: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<PersonalCard> {
    return this.cards.revoke(actor, tenant, person, card);
  }
}
