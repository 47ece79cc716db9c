export { createPublicApiClient } from './create-public-api-client';
export type { PublicApiClient, PublicApiClientOptions } from './create-public-api-client';
export type { AccessTokenSource } from './bearer-token';
export type { Schema } from './schema';
export type { components, operations, paths } from './public-api';
