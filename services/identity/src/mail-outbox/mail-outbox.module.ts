import { Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox';
import { MailOutboxController } from './mail-outbox.controller';

/**
 * The development mail outbox route. AppModule imports it only when DEVELOPMENT_ROUTES is on,
 * so that elsewhere the route does not exist at all: it hands out live reset tokens.
 */
@Module({ controllers: [MailOutboxController], providers: [MailOutbox] })
export class MailOutboxModule {}
