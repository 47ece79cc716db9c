/** A message identity would have sent, as kept in mail_outbox. */
export interface Mail {
  recipient: string;
  subject: string;
  body: string;
  createdAt: Date;
}
