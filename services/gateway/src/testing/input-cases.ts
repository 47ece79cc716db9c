import { Type } from '@nestjs/common';
import { dtoSchema } from '../openapi/dto-schema';
import { GatewayRoute } from '../routes/gateway-route';

type Properties = Record<string, { type?: unknown; minimum?: number; maximum?: number }>;

/** Text one could paste that is not text: every string field must refuse each of them. */
export const NOT_TEXT = [
  ['a NUL character', 'a\u0000b'],
  ['a bidi override', 'a\u202eb'],
  ['an invisible-only string', '\u3164'],
] as const;

export interface NotTextCase {
  route: GatewayRoute;
  field: string;
  kind: string;
  value: string;
}

/** Each string field of each route's body (as its schema says) with each of NOT_TEXT. */
export function notTextCases(routes: readonly GatewayRoute[]): NotTextCase[] {
  return routes.flatMap((route) =>
    fieldsOf(route.body, 'string').flatMap(([field]) =>
      NOT_TEXT.map(([kind, value]) => ({ route, field, kind, value })),
    ),
  );
}

/**
 * Names of properties every object inherits, which a lookup through the prototype finds on any
 * input: as field names they must be as unknown as any other.
 */
export const BUILT_IN_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

export interface BuiltInNameCase {
  route: GatewayRoute;
  /** In the body if the route takes one, else in the query. */
  where: 'body' | 'query';
  field: string;
}

/** Each route with each of BUILT_IN_NAMES as an unknown field of its body or query. */
export function builtInNameCases(routes: readonly GatewayRoute[]): BuiltInNameCase[] {
  return routes.flatMap((route) =>
    BUILT_IN_NAMES.map(
      (field) => ({ route, where: route.body ? 'body' : 'query', field }) as const,
    ),
  );
}

export interface QueryNumberCase {
  route: GatewayRoute;
  field: string;
  kind: string;
  /** The parameter's values: two for a repeated parameter. */
  values: string[];
}

/** Each whole-number query parameter of each route with values out of range or not decimal. */
export function queryNumberCases(routes: readonly GatewayRoute[]): QueryNumberCase[] {
  return routes.flatMap((route) =>
    fieldsOf(route.query, 'integer').flatMap(([field, { minimum, maximum }]) => {
      const outOfRange: [string, string[]][] = [
        ['below its minimum', [String((minimum ?? 0) - 1)]],
        ...(maximum === undefined ? [] : [['above its maximum', [String(maximum + 1)]]]),
        ['far above any integer', ['99999999999999999999999']],
      ] as [string, string[]][];
      const notDecimal: [string, string[]][] = [
        ['an exponent', ['1e1']],
        ['hexadecimal', ['0x10']],
        ['a plus sign', ['+5']],
        ['a leading space', [' 5']],
        ['a fraction', ['5.0']],
        ['empty', ['']],
        ['a word', ['five']],
        ['given twice', ['5', '5']],
      ];
      return [...outOfRange, ...notDecimal].map(([kind, values]) => ({
        route,
        field,
        kind,
        values,
      }));
    }),
  );
}

/** A query string of a case: `field=v1&field=v2`, each value percent-encoded. */
export function queryString({ field, values }: QueryNumberCase): string {
  return values.map((value) => `${field}=${encodeURIComponent(value)}`).join('&');
}

function fieldsOf(dto: Type | undefined, type: string): [string, Properties[string]][] {
  if (!dto) return [];
  const { properties } = dtoSchema(dto) as { properties: Properties };
  return Object.entries(properties).filter(
    ([, property]) =>
      property.type === type || (Array.isArray(property.type) && property.type.includes(type)),
  );
}
