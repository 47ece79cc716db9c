import { Module } from '@nestjs/common';
import { TenantsController } from './tenants.controller';
import { Tenants } from './tenants';

@Module({ controllers: [TenantsController], providers: [Tenants], exports: [Tenants] })
export class TenantsModule {}
