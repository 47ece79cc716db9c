import { SetMetadata } from '@nestjs/common';

export const WITHOUT_SERVICE_TOKEN = 'citypoints:without-service-token';

/**
 * Marks a controller or route that answers without a service token: probes (/health),
 * Prometheus (/metrics) and public keys (/.well-known/jwks.json). Nothing else.
 */
export const WithoutServiceToken = () => SetMetadata(WITHOUT_SERVICE_TOKEN, true);
