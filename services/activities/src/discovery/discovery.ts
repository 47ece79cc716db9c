import {
  ActivityDetailsDto,
  DEFAULT_NEARBY_LIMIT,
  NearbyActivitiesQueryDto,
  NearbyActivityDto,
} from '@citypoints/http-contracts';
import { Locale } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Activities } from '../activities/activities';
import { tenantSettingsOf } from '../tenant-settings/tenant-settings.store';
import { nearbyActivities } from './nearby-activities';
import { residentView } from './resident-view';

/**
 * How residents find a tenant's published activities: near where they are, and one in detail,
 * in their language (residentView). The tenant's published activities are few enough (hundreds)
 * to be measured one by one, without a spatial index.
 */
@Injectable()
export class Discovery {
  constructor(
    private readonly db: DataSource,
    private readonly activities: Activities,
  ) {}

  /** The published activities of the search (nearbyActivities), at `now`. */
  async nearby(
    tenantId: string,
    query: NearbyActivitiesQueryDto,
    now = new Date(),
  ): Promise<NearbyActivityDto[]> {
    const [published, settings] = await Promise.all([
      this.activities.list(tenantId, ['published']),
      tenantSettingsOf(this.db.manager, tenantId),
    ]);
    const { latitude, longitude, category, openNow, language } = query;
    const search = {
      position: { latitude, longitude },
      category,
      openNow,
      limit: query.limit ?? DEFAULT_NEARBY_LIMIT,
    };
    return nearbyActivities(published, search, { language, settings, now });
  }

  /** One published activity of the tenant as a resident reads it; 404 `unknown-activity`. */
  async details(
    tenantId: string,
    activityId: string,
    language: Locale | undefined,
    now = new Date(),
  ): Promise<ActivityDetailsDto> {
    const [activity, settings] = await Promise.all([
      this.activities.get(tenantId, activityId, ['published']),
      tenantSettingsOf(this.db.manager, tenantId),
    ]);
    return residentView(activity, { language, settings, now });
  }
}
