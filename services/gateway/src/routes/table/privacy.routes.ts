import { GatewayRoute } from '../gateway-route';
import { DataExportDto } from '../privacy.dto';
import { withStatement } from '../with-statement';
import { ConsentDto } from '@citypoints/http-contracts';
import { ANYONE_SIGNED_IN, CITIZEN, me, myAccount, identity } from './upstream-paths';

/** A person's own data: export, consent to show their name, erasure. */
export const PRIVACY_ROUTES: readonly GatewayRoute[] = [
  {
    name: 'exportMyData',
    summary: 'Everything held about the signed-in person (GDPR access)',
    tag: 'privacy',
    method: 'GET',
    path: '/me/export',
    access: ANYONE_SIGNED_IN,
    response: DataExportDto,
    status: 200,
    upstream: identity((call) => `${me(call)}/export`),
    compose: {
      part: (_exported, call) => ({ service: 'ledger', path: `${myAccount(call)}/statement` }),
      join: withStatement,
    },
  },
  {
    name: 'setConsent',
    summary: 'How the signed-in citizen appears on leaderboards and member lists',
    tag: 'privacy',
    method: 'PUT',
    path: '/me/consent',
    access: CITIZEN,
    body: ConsentDto,
    response: ConsentDto,
    status: 200,
    upstream: identity((call) => `${me(call)}/consent`),
  },
  {
    name: 'eraseMe',
    summary: 'Erase the personal data of the signed-in person (GDPR erasure)',
    tag: 'privacy',
    method: 'DELETE',
    path: '/me',
    access: ANYONE_SIGNED_IN,
    status: 204,
    upstream: identity(me),
    endsSessions: 'caller',
  },
];
