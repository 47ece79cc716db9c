import { CloudEvent, TenantSettingsChanged, TenantSettingsChangedV1 } from '@citypoints/contracts';
import { ConsumerGroup } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TenantTimeZones } from '../core/tenant-time-zones.store';
import { Scores } from './scores';
import { SCORES_GROUP } from './scores-group';

/**
 * Keeps each tenant's time zone, bonus rules and average minimum from identity's settings (the
 * latest event wins), then adds the scores that were waiting for it. A new zone or minimum
 * applies to scores added from then on; the boards already filled keep the periods they were
 * filled in, and a group's average entry changes when the group next scores.
 */
@Controller()
@ConsumerGroup(SCORES_GROUP)
export class TenantSettingsChangedHandler {
  constructor(
    private readonly timeZones: TenantTimeZones,
    private readonly scores: Scores,
  ) {}

  @EventPattern(TenantSettingsChanged)
  async changed(@Payload() event: CloudEvent<TenantSettingsChangedV1>): Promise<void> {
    await this.timeZones.set(event.tenantid, event.time, event.data);
    await this.scores.addParked(event.tenantid);
  }
}
