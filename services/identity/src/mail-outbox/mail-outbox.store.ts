import { EntityManager } from 'typeorm';
import { Mail } from './mail';

/** The last 50 messages to the address, in whatever capitals it was written, newest first. */
export function mailTo(db: EntityManager, tenant: string, recipient: string): Promise<Mail[]> {
  return db.query(
    `SELECT recipient, subject, body, created_at AS "createdAt" FROM mail_outbox
     WHERE tenant_id = $1 AND lower(recipient) = lower($2) ORDER BY id DESC LIMIT 50`,
    [tenant, recipient],
  );
}
