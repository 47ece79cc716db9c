import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../unique-violation';
import { CreateTenantDto, Locale, TenantSettingsDto } from './tenant.dto';

export interface Tenant {
  slug: string;
  name: string;
  defaultLocale: Locale;
  timeZone: string;
  settings: TenantSettingsDto;
}

const COLUMNS = `slug, name, default_locale AS "defaultLocale", time_zone AS "timeZone", settings`;

@Injectable()
export class Tenants {
  constructor(private readonly db: DataSource) {}

  async create(input: CreateTenantDto): Promise<Tenant> {
    try {
      const [tenant] = await this.db.query(
        `INSERT INTO tenant (slug, name, default_locale, time_zone, settings)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [input.slug, input.name, input.defaultLocale, input.timeZone, settingsJson(input.settings)],
      );
      return tenant;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException(`tenant ${input.slug} already exists`);
      }
      throw error;
    }
  }

  async get(slug: string): Promise<Tenant> {
    const [tenant] = await this.db.query(`SELECT ${COLUMNS} FROM tenant WHERE slug = $1`, [slug]);
    if (!tenant) throw new NotFoundException(`tenant ${slug} does not exist`);
    return tenant;
  }

  async updateSettings(slug: string, settings: TenantSettingsDto): Promise<Tenant> {
    const [[tenant]] = await this.db.query(
      `UPDATE tenant SET settings = settings || $2::jsonb WHERE slug = $1 RETURNING ${COLUMNS}`,
      [slug, settingsJson(settings)],
    );
    if (!tenant) throw new NotFoundException(`tenant ${slug} does not exist`);
    return tenant;
  }
}

function settingsJson(settings: TenantSettingsDto | undefined): string {
  return JSON.stringify(instanceToPlain(settings ?? {}));
}
