import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Mail {
  recipient: string;
  subject: string;
  body: string;
  createdAt: Date;
}

/** The mail identity would have sent, kept in mail_outbox until a mail sender exists. */
@Injectable()
export class MailOutbox {
  constructor(private readonly db: DataSource) {}

  /** The last 50 messages to the address (normalised form), newest first. */
  mailTo(tenant: string, recipient: string): Promise<Mail[]> {
    return this.db.query(
      `SELECT recipient, subject, body, created_at AS "createdAt" FROM mail_outbox
       WHERE tenant_id = $1 AND lower(recipient) = lower($2) ORDER BY id DESC LIMIT 50`,
      [tenant, recipient],
    );
  }
}
