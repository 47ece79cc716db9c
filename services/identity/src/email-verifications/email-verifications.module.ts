import { DynamicModule, Module } from '@nestjs/common';
import { EmailVerifications, WEB_APP_URL } from './email-verifications';
import { EmailVerificationsController } from './email-verifications.controller';

/** E-mail verification, global so that signing up (PeopleModule) sends the first mail. */
@Module({})
export class EmailVerificationsModule {
  static forRoot(webAppUrl: string): DynamicModule {
    return {
      module: EmailVerificationsModule,
      global: true,
      controllers: [EmailVerificationsController],
      providers: [EmailVerifications, { provide: WEB_APP_URL, useValue: webAppUrl }],
      exports: [EmailVerifications],
    };
  }
}
