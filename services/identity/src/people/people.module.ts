import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { People } from './people';
import { PeopleController } from './people.controller';

@Module({
  imports: [TenantsModule],
  controllers: [PeopleController],
  providers: [People],
  exports: [People],
})
export class PeopleModule {}
