import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PersonalQrController } from './personal-qr.controller';

@Module({ imports: [PeopleModule], controllers: [PersonalQrController] })
export class PersonalQrModule {}
