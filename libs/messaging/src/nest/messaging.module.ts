import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { KafkaHealthIndicator } from './kafka-health.indicator';
import { Messaging, MessagingOptions } from './messaging';

/** Messaging for the whole application; the outbox relay only where there is a database. */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [TerminusModule],
      providers: [
        {
          provide: Messaging,
          useFactory: (db?: DataSource) => new Messaging(options, db),
          inject: [{ token: DataSource, optional: true }],
        },
        KafkaHealthIndicator,
      ],
      exports: [Messaging, KafkaHealthIndicator],
    };
  }
}
