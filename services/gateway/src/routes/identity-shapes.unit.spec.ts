import { ROLES } from '@citypoints/contracts';
import {
  ConsentDto,
  CreateGroupDto,
  CreatePersonDto,
  CreateTenantDto,
  JoinGroupDto,
  PasswordResetConfirmationDto,
  PasswordResetRequestDto,
  QrTokenDto,
  RefreshTokenDto,
  SignInDto,
  SignOutDto,
  SignUpDto,
  TenantSettingsDto,
} from '@citypoints/http-contracts';
import { Problem } from '@citypoints/platform';
import { Type } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { dtoSchema } from '../openapi/dto-schema';
import { validateInput } from '../problems/validate-input';
import { GatewayRoute } from './gateway-route';
import { ROUTES } from './route-table';

type Properties = Record<string, { enum?: string[] }>;

const route = (name: string) => ROUTES.find((one) => one.name === name) as GatewayRoute;
const fieldsOf = (dto: Type) => (dtoSchema(dto) as { properties: Properties }).properties;

/** The class-validator rules of a field, as declared on identity's class or inherited from it. */
const rulesOf = (dto: Type, field: string) =>
  getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .filter((rule) => rule.propertyName === field)
    .map(({ target: _target, ...rule }) => rule);

describe("the gateway's public request bodies are identity's", () => {
  it.each([
    ['signUp', SignUpDto],
    ['signIn', SignInDto],
    ['refreshSession', RefreshTokenDto],
    ['requestPasswordReset', PasswordResetRequestDto],
    ['confirmPasswordReset', PasswordResetConfirmationDto],
    ['setConsent', ConsentDto],
    ['verifyQrToken', QrTokenDto],
    ['updateTenantSettings', TenantSettingsDto],
  ])("%s takes identity's own class", (name, dto) => {
    expect(route(name).body).toBe(dto);
  });

  it('adds a tenant admin with the fields of a sign-up, a subclass of it', () => {
    expect(route('addTenantAdmin').body?.prototype).toBeInstanceOf(SignUpDto);
  });

  it.each<[string, Type, string[]]>([
    ['signOut', SignOutDto, ['userId']],
    ['createGroup', CreateGroupDto, ['createdBy']],
    ['joinGroup', JoinGroupDto, ['userId']],
    ['createTenant', CreateTenantDto, ['settings']],
    ['addPerson', CreatePersonDto, []],
  ])(
    "%s takes identity's fields with identity's rules, less those the gateway fills in",
    (name, dto, filledIn) => {
      const body = route(name).body as Type;
      const expected = Object.keys(fieldsOf(dto)).filter((field) => !filledIn.includes(field));
      expect(Object.keys(fieldsOf(body)).sort()).toEqual(expected.sort());
      for (const field of expected.filter((one) => one !== 'role')) {
        expect(rulesOf(dto, field)).not.toEqual([]);
        expect({ field, rules: rulesOf(body, field) }).toEqual({
          field,
          rules: rulesOf(dto, field),
        });
      }
    },
  );

  it('lets a tenant admin give only some of the roles identity knows', () => {
    const staff = fieldsOf(route('addPerson').body as Type).role.enum;
    expect(ROLES).toEqual(expect.arrayContaining(staff ?? []));
    expect(staff).not.toContain('platform-operator');
  });

  it.each([
    [
      'password123',
      'password is too common: choose one that is not on lists of breached passwords',
    ],
    [
      'abcdefghijkl',
      'password breaks the character-mix rule: it must mix at least two of lower case, upper ' +
        'case, digits and symbols',
    ],
    ['Ab1!', 'password breaks the minimum-length rule: it must have at least 10 characters'],
  ])('refuses a sign-up with %p as identity does, naming the rule', async (password, message) => {
    const signUp = { email: 'ana@example.org', password, displayName: 'Ana' };
    const refused = await validateInput(route('signUp').body, signUp, 'body').catch(
      (error: Problem) => error,
    );
    expect(refused).toBeInstanceOf(Problem);
    expect((refused as Problem).errors).toEqual([{ field: 'password', message }]);
  });
});
