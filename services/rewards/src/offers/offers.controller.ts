import {
  OfferDto,
  OfferInputDto,
  OfferListDto,
  OfferRejectionDto,
  OfferReplacementDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe, UuidParamPipe } from '@citypoints/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Partners } from '../partners/partners';
import { OfferChange } from './decide-offer-change';
import { Offer } from './offer';
import { offerFieldsOf } from './offer-fields-of';
import { Offers } from './offers';

const OFFER = new UuidParamPipe('offer');

/**
 * Internal API, for the gateway: a partner's staff write and submit their partner's offers, a
 * tenant's admins approve (publish), reject, pause and end them, and the tenant's residents
 * read the catalogue (published offers in their sale window). Changes answer the offer as it is
 * afterwards; see Offers and decideOfferChange for refusals.
 */
@Controller('tenants/:tenant/offers')
export class OffersController {
  constructor(
    private readonly offers: Offers,
    private readonly partners: Partners,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: OfferDto })
  async create(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: OfferInputDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Offer> {
    const caller = await this.partners.callerOf(actor, tenant);
    return this.offers.create(tenant, input.partnerId, offerFieldsOf(input), caller);
  }

  @Get()
  @ApiOkResponse({ type: OfferListDto })
  async list(
    @Param('tenant', TenantIdPipe) tenant: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<{ offers: Offer[] }> {
    const caller = await this.partners.callerOf(actor, tenant);
    return { offers: await this.offers.list(tenant, caller) };
  }

  @Get(':offer')
  @ApiOkResponse({ type: OfferDto })
  async get(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('offer', OFFER) offer: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Offer> {
    return this.offers.get(tenant, offer, await this.partners.callerOf(actor, tenant));
  }

  @Put(':offer')
  @ApiOkResponse({ type: OfferDto })
  replace(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('offer', OFFER) offer: string,
    @Body() input: OfferReplacementDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Offer> {
    const fields = offerFieldsOf(input);
    return this.change(tenant, offer, actor, {
      kind: 'replace',
      fields,
      expectedVersion: input.version,
    });
  }

  /** The partner (or an admin) asks for approval: draft → submitted. */
  @Post(':offer/submission')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferDto })
  submit(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('offer', OFFER) offer: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Offer> {
    return this.change(tenant, offer, actor, { kind: 'submit' });
  }

  /** The partner (or an admin) takes a submitted offer back: submitted → draft. */
  @Post(':offer/withdrawal')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferDto })
  withdraw(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('offer', OFFER) offer: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Offer> {
    return this.change(tenant, offer, actor, { kind: 'withdraw' });
  }

  /** An admin sends a submitted offer back to draft with a reason: submitted → draft. */
  @Post(':offer/rejection')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferDto })
  reject(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('offer', OFFER) offer: string,
    @Body() input: OfferRejectionDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Offer> {
    return this.change(tenant, offer, actor, { kind: 'reject', reason: input.reason });
  }

  /** An admin approves a submitted offer, or resumes a paused one: OfferPublished. */
  @Post(':offer/publication')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferDto })
  publish(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('offer', OFFER) offer: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Offer> {
    return this.change(tenant, offer, actor, { kind: 'publish' });
  }

  /** The partner or an admin stops the sale for a while: published → paused, OfferPaused. */
  @Post(':offer/pause')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferDto })
  pause(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('offer', OFFER) offer: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Offer> {
    return this.change(tenant, offer, actor, { kind: 'pause' });
  }

  /** The partner or an admin ends the offer for good: OfferEnded. */
  @Post(':offer/end')
  @HttpCode(200)
  @ApiOkResponse({ type: OfferDto })
  end(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('offer', OFFER) offer: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Offer> {
    return this.change(tenant, offer, actor, { kind: 'end' });
  }

  private async change(
    tenant: string,
    offer: string,
    actor: Actor | undefined,
    change: OfferChange,
  ): Promise<Offer> {
    const caller = await this.partners.callerOf(actor, tenant);
    return this.offers.change(tenant, offer, change, caller);
  }
}
