import { Module } from '@nestjs/common';
import { TenantSettingsChangedHandler } from './tenant-settings-changed.handler';

/** The activities service's copy of identity's tenant settings, built from its events. */
@Module({ controllers: [TenantSettingsChangedHandler] })
export class TenantSettingsModule {}
