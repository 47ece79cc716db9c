import { serviceImports } from '@citypoints/platform';
import { PeopleAdministrationModule } from './administration/people-administration.module';
import { DynamicModule, Module } from '@nestjs/common';
import { EmailVerificationsModule } from './email-verifications/email-verifications.module';
import { GroupsModule } from './groups/groups.module';
import { IdentityConfig } from './identity-config';
import { MailOutboxModule } from './mail-outbox/mail-outbox.module';
import { TenantsAndPeople1764288000001 } from './migrations/1764288000001-tenants-and-people';
import { Credentials1764288000002 } from './migrations/1764288000002-credentials';
import { Groups1764288000003 } from './migrations/1764288000003-groups';
import { SessionGeneration1764288000004 } from './migrations/1764288000004-session-generation';
import { TenantVerificationSettings1764288000005 } from './migrations/1764288000005-tenant-verification-settings';
import { PersonalCards1764288000006 } from './migrations/1764288000006-personal-cards';
import { PeopleAdministration1764288000020 } from './migrations/1764288000020-people-administration';
import { ShareCodes1764288000030 } from './migrations/1764288000030-share-codes';
import { PasswordChangesModule } from './password-changes/password-changes.module';
import { PasswordResetsModule } from './password-resets/password-resets.module';
import { PeopleModule } from './people/people.module';
import { PersonalCardsModule } from './personal-cards/personal-cards.module';
import { PersonalQrModule } from './personal-qr/personal-qr.module';
import { ProfileModule } from './profile/profile.module';
import { PrivacyModule } from './privacy/privacy.module';
import { SessionsModule } from './sessions/sessions.module';
import { ShareCodesModule } from './share-codes/share-codes.module';
import { TenantsModule } from './tenants/tenants.module';
import { TokensModule } from './tokens/tokens.module';

@Module({})
export class AppModule {
  /** Identity's modules; the development-only routes only with DEVELOPMENT_ROUTES on. */
  static forRoot(config: IdentityConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('identity', config, [
          TenantsAndPeople1764288000001,
          Credentials1764288000002,
          Groups1764288000003,
          SessionGeneration1764288000004,
          TenantVerificationSettings1764288000005,
          PersonalCards1764288000006,
          PeopleAdministration1764288000020,
          ShareCodes1764288000030,
        ]),
        TokensModule.forRoot(config.JWT_PRIVATE_KEY),
        EmailVerificationsModule.forRoot(config.WEB_APP_URL),
        TenantsModule,
        PeopleModule,
        SessionsModule,
        PasswordResetsModule,
        PasswordChangesModule,
        ProfileModule,
        GroupsModule,
        PrivacyModule,
        PersonalQrModule,
        PersonalCardsModule,
        ShareCodesModule,
        PeopleAdministrationModule,
        ...(config.DEVELOPMENT_ROUTES ? [MailOutboxModule] : []),
      ],
    };
  }
}
