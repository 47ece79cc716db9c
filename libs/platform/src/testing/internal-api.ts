import { serviceKeys } from '@citypoints/testing';
import { Actor } from '../service-auth/service-token';
import { ServiceTokenSigner } from '../service-auth/service-token-signer';
import request from 'supertest';

type Target = Parameters<typeof request.agent>[0];

let signer: ServiceTokenSigner | undefined;

/**
 * The `Authorization` header the gateway would send to `serviceName`, acting for `actor` when
 * given. Tokens made here last an hour, longer than any test file.
 */
export function serviceAuthorization(serviceName: string, actor?: Actor): Promise<string> {
  signer ??= new ServiceTokenSigner(serviceKeys().privateKey, 3600);
  return signer.authorization(serviceName, actor);
}

/** A supertest agent for a service's internal API that carries a service token. */
export async function internalApi(
  target: Target,
  serviceName: string,
  actor?: Actor,
): Promise<ReturnType<typeof request.agent>> {
  const authorization = await serviceAuthorization(serviceName, actor);
  return request.agent(target).set('authorization', authorization);
}
