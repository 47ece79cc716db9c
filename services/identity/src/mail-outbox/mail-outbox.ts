import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Mail } from './mail';
import * as store from './mail-outbox.store';

/** The mail identity would have sent, kept in mail_outbox until a mail sender exists. */
@Injectable()
export class MailOutbox {
  constructor(private readonly db: DataSource) {}

  /** The last 50 messages to the address (normalised form), newest first. */
  mailTo(tenant: string, recipient: string): Promise<Mail[]> {
    return store.mailTo(this.db.manager, tenant, recipient);
  }
}
