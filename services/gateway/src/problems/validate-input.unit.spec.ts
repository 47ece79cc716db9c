import {
  ConsentDto,
  PasswordResetRequestDto,
  SignInDto,
  SignUpDto,
  TenantSettingsDto,
} from '@citypoints/http-contracts';
import { Problem } from '@citypoints/platform';
import { AddPersonDto } from '../routes/people.dto';
import { AdjustmentDto, HistoryQueryDto } from '../routes/points.dto';
import { ROUTES } from '../routes/route-table';
import { builtInNameCases, notTextCases, queryNumberCases } from '../testing/input-cases';
import { validateInput } from './validate-input';

async function refusal(promise: Promise<unknown>): Promise<Problem> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Problem)) throw new Error(`not refused: ${String(outcome)}`);
  return outcome;
}

describe('the gateway’s own input rules, over every route of the table', () => {
  it.each(notTextCases(ROUTES).map((c) => [c.route.name, c.field, c.kind, c] as const))(
    '%s refuses %s holding %s, naming the field',
    async (_name, field, _kind, { route, value }) => {
      const problem = await refusal(validateInput(route.body, { [field]: value }, 'body'));
      expect(problem.getStatus()).toBe(400);
      expect(problem.errors).toContainEqual({ field, message: expect.stringContaining(field) });
    },
  );

  it.each(queryNumberCases(ROUTES).map((c) => [c.route.name, c.field, c.kind, c] as const))(
    '%s refuses the query number %s %s, naming the field',
    async (_name, field, _kind, { route, values }) => {
      const given = values.length === 1 ? values[0] : values;
      const problem = await refusal(validateInput(route.query, { [field]: given }, 'query'));
      expect(problem.getStatus()).toBe(400);
      // Other required fields of the query (a position) are missing, and named too.
      expect(problem.errors).toContainEqual({ field, message: expect.stringContaining(field) });
    },
  );

  it.each(builtInNameCases(ROUTES).map((c) => [c.route.name, c.where, c.field, c] as const))(
    '%s refuses the unknown %s field %s, named like a property every object has',
    async (_name, where, field, { route }) => {
      const input = JSON.parse(`{"${field}":"1"}`);
      const problem = await refusal(validateInput(route[where], input, where));
      expect(problem.getStatus()).toBe(400);
      expect(problem.errors).toEqual([{ field, message: `${field} is not a known field` }]);
    },
  );

  it('refuses those names in the objects of a list too', async () => {
    const bonus = JSON.parse('{"rank":1,"points":5,"constructor":{}}');
    const problem = await refusal(
      validateInput(TenantSettingsDto, { leaderboardBonuses: [bonus] }, 'body'),
    );
    expect(problem.errors).toEqual([
      { field: 'leaderboardBonuses.0.constructor', message: expect.any(String) },
    ]);
  });

  it('reads query numbers in range as numbers, up to the largest version the ledger has', async () => {
    await expect(
      validateInput(HistoryQueryDto, { limit: '100', before: '2147483647' }, 'query'),
    ).resolves.toEqual({ limit: 100, before: 2147483647 });
    await expect(validateInput(HistoryQueryDto, { limit: '007' }, 'query')).resolves.toEqual({
      limit: 7,
    });
  });

  it('forwards one form of an e-mail address on sign-up, sign-in and password reset', async () => {
    const typed = '  Jose\u0301.Silva@Example.ORG ';
    const stored = 'jos\u00e9.silva@example.org';
    const password = 'correct horse battery';
    const signUp = { email: typed, password, displayName: 'José' };
    expect((await validateInput(SignUpDto, signUp, 'body')).email).toBe(stored);
    expect((await validateInput(SignInDto, { email: typed, password }, 'body')).email).toBe(stored);
    const reset = await validateInput(PasswordResetRequestDto, { email: typed }, 'body');
    expect(reset.email).toBe(stored);
    const added = await validateInput(AddPersonDto, { ...signUp, role: 'verifier' }, 'body');
    expect(added.email).toBe(stored);
  });

  it('forwards human text trimmed and NFC, and passwords exactly as typed', async () => {
    const password = ' Jose\u0301 horse battery ';
    const signUp = await validateInput(
      SignUpDto,
      { email: 'ana@example.org', password, displayName: '  Jose\u0301 Silva ' },
      'body',
    );
    expect(signUp).toMatchObject({ displayName: 'Jos\u00e9 Silva', password });
    const consent = await validateInput(
      ConsentDto,
      { visibility: 'nickname', nickname: 'Lago\u0301 ' },
      'body',
    );
    expect(consent.nickname).toBe('Lag\u00f3');
  });

  it('counts an adjustment reason as a reader does, 3 to 500 characters', async () => {
    const adjustment = { adjustmentId: '0194f1de-0000-7000-8000-000000000001', points: 5 };
    const family = '👩‍👩‍👧';
    await expect(
      validateInput(AdjustmentDto, { ...adjustment, reason: family.repeat(3) }, 'body'),
    ).resolves.toMatchObject({ reason: family.repeat(3) });
    const tooShort = await refusal(
      validateInput(AdjustmentDto, { ...adjustment, reason: family.repeat(2) }, 'body'),
    );
    expect(tooShort.errors).toEqual([
      { field: 'reason', message: 'reason must be 3 to 500 characters' },
    ]);
  });

  it('refuses a password with a control character, and one with nothing visible', async () => {
    for (const password of ['correct\u0000horse', '\u3164\u3164\u3164']) {
      const problem = await refusal(
        validateInput(SignInDto, { email: 'ana@example.org', password }, 'body'),
      );
      expect(problem.errors?.map((error) => error.field)).toEqual(['password']);
    }
  });
});
