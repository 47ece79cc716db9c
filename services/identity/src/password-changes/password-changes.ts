import { DomainError } from '@citypoints/contracts';
import { PasswordChangeDto, SessionTokensDto as SessionTokens } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { setPasswordHash, useAllResetTokens } from '../password-resets/password-resets.store';
import { passwordGuessProblem } from '../people/password-guess-rule';
import { hashPassword, passwordMatches } from '../people/password-hash';
import { People } from '../people/people';
import { unknownPerson } from '../people/unknown-person';
import { Sessions } from '../sessions/sessions';

function wrongCurrentPassword(): DomainError {
  const wrong = 'currentPassword is not the password of this account';
  return new DomainError('invalid', 'wrong-current-password', wrong, 'currentPassword');
}

/**
 * A signed-in person changes their password. As after a reset, every session they had ends
 * (Sessions.signOutEverywhere: SessionsRevoked, the session generation raised), so a device
 * that knew the old password is signed out; the device that made the change goes on in a new
 * session, whose tokens are the answer.
 */
@Injectable()
export class PasswordChanges {
  constructor(
    private readonly db: DataSource,
    private readonly people: People,
    private readonly sessions: Sessions,
  ) {}

  /**
   * Sets the new password, voids the person's unused reset tokens (a reset mail read later
   * must not undo the change), ends every session and begins a new one, all in one
   * transaction. 400 `wrong-current-password` (field currentPassword) when the current
   * password is wrong; 400 `guessable-password` (field newPassword) for a password easy to
   * guess from the person's details and the tenant (passwordGuessProblem, NIST SP 800-63B
   * §5.1.1.2); 404 `unknown-person` when unknown or erased.
   */
  async change(tenant: string, userId: string, input: PasswordChangeDto): Promise<SessionTokens> {
    const person = await this.people.requireActive(tenant, userId);
    if (!(await passwordMatches(person.passwordHash, input.currentPassword))) {
      throw wrongCurrentPassword();
    }
    const { email, displayName } = person;
    const context = { email, displayName, tenant };
    const guessable = passwordGuessProblem(input.newPassword, 'newPassword', context);
    if (guessable) {
      throw new DomainError('invalid', 'guessable-password', guessable, 'newPassword');
    }
    const passwordHash = await hashPassword(input.newPassword);
    return this.db.transaction(async (tx) => {
      const locked = await this.people.requireActive(tenant, userId, tx);
      // Changed meanwhile (another change, a reset): the current password checked is no more.
      if (locked.passwordHash !== person.passwordHash) throw wrongCurrentPassword();
      await setPasswordHash(tx, tenant, userId, passwordHash);
      await useAllResetTokens(tx, tenant, userId);
      const generation = await this.sessions.signOutEverywhere(tenant, userId, tx);
      if (generation === undefined) throw unknownPerson(tenant, userId);
      const { role, partnerId } = locked;
      return this.sessions.begin(tx, { userId, tenant, role, partnerId, generation });
    });
  }
}
