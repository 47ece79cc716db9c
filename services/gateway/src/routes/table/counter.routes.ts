import { CounterVoucherDto } from '@citypoints/http-contracts';
import { CancelVoucherDto, VoucherLookupQueryDto, VoucherUseInputDto } from '../counter.dto';
import { GatewayRoute } from '../gateway-route';
import { ADMIN_OR_PARTNER_STAFF, queryString, rewards, tenant } from './upstream-paths';

/**
 * A partner's counter (issue 14), as the rewards service serves it: its staff, or a tenant
 * admin, look a voucher up by its code (typed, or scanned from its QR code), use it once, or
 * cancel it unused. Staff see only their own partner's vouchers: another's is 404
 * `unknown-voucher`, as for a code that does not exist. The code is in the lookup's query
 * because rewards' internal API takes it there; the gateway's request log prints no query string.
 */
export const COUNTER_ROUTES: readonly GatewayRoute[] = [
  {
    name: 'lookUpVoucher',
    summary:
      "A voucher of the caller's partner by its code, typed or scanned from its QR code: its " +
      'offer, holder (pseudonymous) and whether it can be used',
    tag: 'counter',
    method: 'GET',
    path: '/counter/vouchers',
    access: ADMIN_OR_PARTNER_STAFF,
    query: VoucherLookupQueryDto,
    response: CounterVoucherDto,
    status: 200,
    upstream: rewards((call) => `${tenant(call)}/vouchers/lookup${queryString(call.query)}`),
  },
  {
    name: 'useVoucher',
    summary:
      'Use a voucher at the counter, once: a second use is 409 saying when and at which counter',
    tag: 'counter',
    method: 'POST',
    path: '/counter/vouchers/use',
    access: ADMIN_OR_PARTNER_STAFF,
    body: VoucherUseInputDto,
    response: CounterVoucherDto,
    status: 200,
    upstream: rewards((call) => `${tenant(call)}/vouchers/use`),
  },
  {
    name: 'cancelVoucher',
    summary:
      'Cancel an unused voucher at the counter, with the reason: its points go back to its holder',
    tag: 'counter',
    method: 'POST',
    path: '/counter/vouchers/cancellation',
    access: ADMIN_OR_PARTNER_STAFF,
    body: CancelVoucherDto,
    response: CounterVoucherDto,
    status: 200,
    upstream: rewards((call) => `${tenant(call)}/vouchers/cancellation`),
  },
];
