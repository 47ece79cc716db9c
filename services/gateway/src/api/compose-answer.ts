import { Problem } from '@citypoints/platform';
import { Composition, RouteCall, Upstream } from '../routes/gateway-route';
import { UpstreamAnswer } from '../upstream/upstreams';

/**
 * The upstream's JSON answer joined with the composition's part, read by `read` (a GET to the
 * part's service); a part its service does not hold (404) is joined as undefined. Other
 * refusals and failures of the part fail the whole answer, as the upstream's would.
 */
export async function composeAnswer(
  composition: Composition,
  answer: Buffer,
  call: RouteCall,
  read: (part: Upstream) => Promise<UpstreamAnswer>,
): Promise<Buffer> {
  const part = await read(composition.part).then(
    (found) => JSON.parse(found.body.toString('utf8')) as unknown,
    (error: unknown) => {
      if (error instanceof Problem && error.getStatus() === 404) return undefined;
      throw error;
    },
  );
  const joined = composition.join(JSON.parse(answer.toString('utf8')), part, call);
  return Buffer.from(JSON.stringify(joined));
}
