import { DomainError, UserErased } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unknownPerson } from '../people/unknown-person';
import { Sessions } from '../sessions/sessions';
import { identityEvent } from '../identity-event';
import { ConsentDto } from '@citypoints/http-contracts';
import { consentViolation } from './public-name';

/** A person's data under the GDPR: consent to be shown, access (export) and erasure. */
@Injectable()
export class Privacy {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: Sessions,
  ) {}

  /**
   * Who others see on leaderboards and member lists, from now on. 400 `nickname-mismatch`
   * (field nickname) against consentViolation; 404 `unknown-person` when unknown or erased.
   */
  async setConsent(tenant: string, userId: string, consent: ConsentDto): Promise<ConsentDto> {
    const violation = consentViolation(consent.visibility, consent.nickname);
    if (violation) throw new DomainError('invalid', 'nickname-mismatch', violation, 'nickname');
    const [, updated] = await this.db.query(
      `UPDATE person SET visibility = $3, nickname = $4
       WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL`,
      [tenant, userId, consent.visibility, consent.nickname ?? null],
    );
    if (updated === 0) throw unknownPerson(tenant, userId);
    return { visibility: consent.visibility, nickname: consent.nickname };
  }

  /**
   * Everything identity holds about the person; after erasure, only pseudonymous facts. 404
   * `unknown-person` for an id the tenant never had.
   */
  async export(tenant: string, userId: string) {
    const [person] = await this.db.query(
      `SELECT id AS "userId", tenant_id AS tenant, role, partner_id AS "partnerId", email,
              display_name AS "displayName", locale, visibility, nickname,
              created_at AS "registeredAt", erased_at AS "erasedAt"
       FROM person WHERE tenant_id = $1 AND id = $2`,
      [tenant, userId],
    );
    if (!person) throw unknownPerson(tenant, userId);
    const groups = await this.db.query(
      `SELECT g.id AS "groupId", g.name, g.kind, m.joined_at AS "joinedAt"
       FROM group_member m JOIN groups g ON g.tenant_id = m.tenant_id AND g.id = m.group_id
       WHERE m.tenant_id = $1 AND m.person_id = $2 ORDER BY m.joined_at`,
      [tenant, userId],
    );
    const sessions = await this.db.query(
      `SELECT family_id AS "sessionId", min(created_at) AS "signedInAt",
              max(created_at) AS "lastRefreshedAt", bool_or(revoked_at IS NOT NULL) AS "ended"
       FROM refresh_token WHERE tenant_id = $1 AND person_id = $2
       GROUP BY family_id ORDER BY min(created_at)`,
      [tenant, userId],
    );
    return { exportedAt: new Date().toISOString(), person, groups, sessions };
  }

  /**
   * Removes the personal data and keeps the pseudonymous id, which the ledger and the
   * leaderboards go on using, and ends every session (SessionsRevoked, so the gateway stops
   * taking the person's access tokens at once). Erasing twice changes nothing more and
   * publishes once. 404 `unknown-person` for an id the tenant never had.
   */
  async erase(tenant: string, userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [person] = await tx.query(
        `SELECT email, erased_at AS "erasedAt" FROM person
         WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
        [tenant, userId],
      );
      if (!person) throw unknownPerson(tenant, userId);
      if (person.erasedAt) return;
      await this.sessions.signOutEverywhere(tenant, userId, tx);
      await tx.query(
        `UPDATE person SET email = NULL, display_name = NULL, password_hash = NULL,
           nickname = NULL, visibility = 'hidden', erased_at = now()
         WHERE tenant_id = $1 AND id = $2`,
        [tenant, userId],
      );
      await tx.query(`DELETE FROM refresh_token WHERE tenant_id = $1 AND person_id = $2`, [
        tenant,
        userId,
      ]);
      await tx.query(`DELETE FROM password_reset WHERE tenant_id = $1 AND person_id = $2`, [
        tenant,
        userId,
      ]);
      await tx.query(
        `DELETE FROM mail_outbox WHERE tenant_id = $1 AND lower(recipient) = lower($2)`,
        [tenant, person.email],
      );
      await appendToOutbox(tx, [identityEvent(UserErased, { userId }, tenant, userId)]);
    });
  }
}
