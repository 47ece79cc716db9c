import { ACCESS_TOKEN } from '@citypoints/contracts';
import { SignJWT } from 'jose';
import { Person } from './people';
import { GatewayCluster } from './start-cluster';

/**
 * An access token for `person` as identity would sign it, but living `seconds` (say, 3 to see
 * a stream end), in session generation `generation` (0 until their sessions are first ended).
 */
export function mintAccessToken(
  cluster: GatewayCluster,
  person: Person,
  seconds: number,
  generation = 0,
): Promise<string> {
  return new SignJWT({ tenant: person.tenant, role: person.role, gen: generation })
    .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, typ: ACCESS_TOKEN.type })
    .setSubject(person.userId)
    .setIssuer(ACCESS_TOKEN.issuer)
    .setAudience(ACCESS_TOKEN.audience)
    .setIssuedAt()
    .setExpirationTime(`${seconds}s`)
    .sign(cluster.identityKey);
}
