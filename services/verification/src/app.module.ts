import { serviceImports } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ActivityCatalogueModule } from './activity-catalogue/activity-catalogue.module';
import { CheckInsModule } from './check-ins/check-ins.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { Participations1764028800001 } from './migrations/1764028800001-participations';
import { ActivityCatalogue1764028800002 } from './migrations/1764028800002-activity-catalogue';
import { JudgedParticipations1764028800003 } from './migrations/1764028800003-judged-participations';
import { ParticipationStatistics1764028800004 } from './migrations/1764028800004-participation-statistics';
import { PeopleModule } from './people/people.module';
import { StatisticsModule } from './statistics/statistics.module';
import { VerificationConfig } from './verification-config';

@Module({})
export class AppModule {
  /** Verification, checking activity codes with ACTIVITY_CODE_KEY and personal codes with identity's JWKS. */
  static forRoot(config: VerificationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('verification', config, [
          Participations1764028800001,
          ActivityCatalogue1764028800002,
          JudgedParticipations1764028800003,
          ParticipationStatistics1764028800004,
        ]),
        CheckInsModule.forRoot(
          Buffer.from(config.ACTIVITY_CODE_KEY, 'base64'),
          config.IDENTITY_URL,
        ),
        ActivityCatalogueModule,
        PeopleModule,
        IntegrationsModule,
        StatisticsModule,
      ],
    };
  }
}
