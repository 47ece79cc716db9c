import { ACTIVITY_STATES } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { Activities } from '../activities/activities';
import { ActivityCodes } from '../activities/activity-codes';
import { PosterContent, posterContent } from './poster-content';

/**
 * Printable posters of the tenant's activities (issue 12), with the activity's current static
 * code, so rotating its secret turns old posters down. Throws as ActivityCodes.poster: 404
 * `unknown-activity`, 409 `activity-archived`.
 */
@Injectable()
export class Posters {
  constructor(
    private readonly activities: Activities,
    private readonly codes: ActivityCodes,
  ) {}

  /** What the activity's poster says, in every language the activity has a title in. */
  async content(tenantId: string, activityId: string): Promise<PosterContent> {
    const codes = await this.codes.poster(tenantId, activityId);
    const activity = await this.activities.get(tenantId, activityId, [...ACTIVITY_STATES]);
    return posterContent(activity, codes);
  }
}
