import { DynamicModule, Module } from '@nestjs/common';
import { ACTIVITY_CODE_KEY } from './activity-code-key';
import { CheckIns } from './check-ins';
import { CheckInsController } from './check-ins.controller';
import { Participations } from './participations';
import { PersonalCodes } from './personal-codes';
import { Reviews } from './reviews';

/**
 * Check-ins and participations, checking activity codes with the deployment's `codeKey` and
 * personal codes with the public keys of identity at `identityUrl`.
 */
@Module({})
export class CheckInsModule {
  static forRoot(codeKey: Buffer, identityUrl: string): DynamicModule {
    return {
      module: CheckInsModule,
      controllers: [CheckInsController],
      providers: [
        CheckIns,
        Participations,
        Reviews,
        { provide: ACTIVITY_CODE_KEY, useValue: codeKey },
        { provide: PersonalCodes, useValue: new PersonalCodes(identityUrl) },
      ],
    };
  }
}
