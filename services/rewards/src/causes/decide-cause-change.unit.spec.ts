import { CauseArchived, CausePublished, DomainError } from '@citypoints/contracts';
import { Cause } from './cause';
import { CauseChange, decideCauseChange } from './decide-cause-change';

const now = new Date('2027-03-01T10:00:00Z');
const draft: Cause = {
  tenantId: 'cascais',
  causeId: '0190a6a8-2f5e-7c3d-8a1b-2c3d4e5f6a7b',
  state: 'draft',
  texts: { en: { title: 'Food bank', description: 'Meals for families.' } },
  imageUrl: 'https://cascais.pt/food.jpg',
  target: 1000,
  donatedPoints: 0,
  version: 1,
  createdAt: new Date('2027-02-01T10:00:00Z'),
  updatedAt: new Date('2027-02-01T10:00:00Z'),
};
const at = (state: Cause['state']): Cause => ({ ...draft, state });
const codeOf = (cause: Cause, change: CauseChange) => {
  try {
    decideCauseChange(cause, change, now);
  } catch (error) {
    return (error as DomainError).code;
  }
  return 'accepted';
};
const texts = { pt: { title: 'Banco alimentar', description: 'Refeições.' } };

describe('decideCauseChange', () => {
  it('replaces every field of a draft, dropping the optional ones left out', () => {
    const { cause, event } = decideCauseChange(
      draft,
      { kind: 'replace', fields: { texts }, expectedVersion: 1 },
      now,
    );
    expect(cause).toEqual({
      ...draft,
      texts,
      imageUrl: undefined,
      target: undefined,
      version: 2,
      updatedAt: now,
    });
    expect(event).toBeUndefined();
  });

  it('publishes a draft with CausePublished', () => {
    const { cause, event } = decideCauseChange(draft, { kind: 'publish' }, now);
    expect([cause.state, cause.version, event]).toEqual(['published', 2, CausePublished]);
  });

  it('archives a published cause with CauseArchived, and a draft without an event', () => {
    expect(decideCauseChange(at('published'), { kind: 'archive' }, now).event).toBe(CauseArchived);
    const archivedDraft = decideCauseChange(draft, { kind: 'archive' }, now);
    expect([archivedDraft.cause.state, archivedDraft.event]).toEqual(['archived', undefined]);
  });

  it.each([
    [
      'replacing a published cause',
      at('published'),
      { kind: 'replace', fields: { texts } },
      'cause-not-editable',
    ],
    [
      'replacing an archived cause',
      at('archived'),
      { kind: 'replace', fields: { texts } },
      'cause-not-editable',
    ],
    [
      'replacing an older version',
      draft,
      { kind: 'replace', fields: { texts }, expectedVersion: 0 },
      'stale-version',
    ],
    ['publishing twice', at('published'), { kind: 'publish' }, 'invalid-transition'],
    ['publishing an archived cause', at('archived'), { kind: 'publish' }, 'invalid-transition'],
    ['archiving twice', at('archived'), { kind: 'archive' }, 'invalid-transition'],
  ] as [string, Cause, CauseChange, string][])('refuses %s', (_case, cause, change, code) => {
    expect(codeOf(cause, change)).toBe(code);
  });
});
