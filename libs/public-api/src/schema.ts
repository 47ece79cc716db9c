import type { components } from './public-api';

/** The type of one of the public API's named schemas, e.g. `Schema<'BalanceDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
