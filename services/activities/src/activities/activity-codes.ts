import {
  ActivityCodeSubject,
  ROTATION_SECONDS,
  rotatingActivityCode,
  rotationStep,
  staticActivityCode,
  typedActivityCode,
} from '@citypoints/activity-rules';
import { DomainError } from '@citypoints/contracts';
import {
  ACTIVITY_STATES,
  ActivityCodesDto,
  RotatingActivityCodeDto,
} from '@citypoints/http-contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Activities } from './activities';
import { ACTIVITY_CODE_KEY } from './activity-code-key';

/**
 * The QR codes of the tenant's activities (issue 12), signed with the deployment's key at the
 * activity's current code generation, for drafts too (posters are printed before the day).
 * Archived activities have none: 409 `activity-archived`; unknown ones 404 `unknown-activity`.
 */
@Injectable()
export class ActivityCodes {
  constructor(
    private readonly activities: Activities,
    @Inject(ACTIVITY_CODE_KEY) private readonly key: Buffer,
  ) {}

  /** A poster's code (staticActivityCode) and its typed form (typedActivityCode). */
  async poster(tenantId: string, activityId: string): Promise<ActivityCodesDto> {
    const subject = await this.subject(tenantId, activityId);
    return {
      code: staticActivityCode(this.key, subject),
      typedCode: typedActivityCode(this.key, subject),
      generation: subject.generation,
    };
  }

  /** An event screen's code at `now`, shown until the next ROTATION_SECONDS step begins. */
  async screen(
    tenantId: string,
    activityId: string,
    now = new Date(),
  ): Promise<RotatingActivityCodeDto> {
    const subject = await this.subject(tenantId, activityId);
    const next = (rotationStep(now) + 1) * ROTATION_SECONDS * 1000;
    return {
      code: rotatingActivityCode(this.key, subject, now),
      shownUntil: new Date(next).toISOString(),
      generation: subject.generation,
    };
  }

  private async subject(tenantId: string, activityId: string): Promise<ActivityCodeSubject> {
    const activity = await this.activities.get(tenantId, activityId, [...ACTIVITY_STATES]);
    if (activity.state === 'archived') {
      throw new DomainError('conflict', 'activity-archived', 'an archived activity has no codes');
    }
    return { tenantId, activityId, generation: activity.codeGeneration };
  }
}
