import { Module } from '@nestjs/common';
import { PeopleHandlers } from './people.handlers';

/** Verification's knowledge of people and their cards, from identity's events. */
@Module({ controllers: [PeopleHandlers] })
export class PeopleModule {}
