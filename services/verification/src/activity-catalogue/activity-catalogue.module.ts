import { Module } from '@nestjs/common';
import { ActivityArchivedHandler } from './activity-archived.handler';
import { ActivitySnapshotHandler } from './activity-snapshot.handler';
import { TenantSettingsChangedHandler } from './tenant-settings-changed.handler';

/** Verification's own read model of activities and tenant time zones, built from events. */
@Module({
  controllers: [ActivitySnapshotHandler, ActivityArchivedHandler, TenantSettingsChangedHandler],
})
export class ActivityCatalogueModule {}
