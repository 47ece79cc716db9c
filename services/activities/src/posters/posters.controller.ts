import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ActivityIdPipe } from '../activities/activity-id.pipe';
import { assertTenantAdmin } from '../activities/assert-tenant-admin';
import { posterPdf } from './poster-pdf';
import { posterSvg } from './poster-svg';
import { Posters } from './posters';

/**
 * Internal API, for the gateway: an activity's printable A4 poster as SVG or PDF, for its
 * tenant's admins only (the poster carries the code), offered as a download.
 */
@Controller('tenants/:tenant/activities/:activity')
export class PostersController {
  constructor(private readonly posters: Posters) {}

  @Get('poster.svg')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'The poster, A4 portrait, as SVG.' })
  async svg(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @ActingPerson() actor: Actor | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    assertTenantAdmin(actor, tenant);
    const svg = await posterSvg(await this.posters.content(tenant, activity));
    download(reply, 'image/svg+xml; charset=utf-8', `poster-${activity}.svg`);
    return svg;
  }

  @Get('poster.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The poster, A4 portrait, as PDF.' })
  async pdf(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('activity', ActivityIdPipe) activity: string,
    @ActingPerson() actor: Actor | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    assertTenantAdmin(actor, tenant);
    const pdf = await posterPdf(await this.posters.content(tenant, activity));
    download(reply, 'application/pdf', `poster-${activity}.pdf`);
    return pdf;
  }
}

// The file name is the activity's UUID, so it needs no RFC 6266 encoding.
function download(reply: FastifyReply, type: string, fileName: string): void {
  reply.header('content-type', type);
  reply.header('content-disposition', `attachment; filename="${fileName}"`);
}
