import { Problem } from '@citypoints/platform';
import { Composition, PartRequest, RouteCall } from '../routes/gateway-route';
import { UpstreamAnswer } from '../upstream/upstreams';

/**
 * The upstream's JSON answer joined with the composition's part, which `read` fetches (a GET,
 * or a POST when the part has a body) when the composition asks for one; a part its service
 * does not hold (404) is joined as undefined. Other refusals and failures of the part fail the
 * whole answer, as the upstream's would, except that an optional part's failure leaves the
 * answer as the upstream gave it.
 */
export async function composeAnswer(
  composition: Composition,
  answer: Buffer,
  call: RouteCall,
  read: (part: PartRequest) => Promise<UpstreamAnswer>,
): Promise<Buffer> {
  const upstream = JSON.parse(answer.toString('utf8')) as unknown;
  const request = composition.part(upstream, call);
  if (!request) return Buffer.from(JSON.stringify(composition.join(upstream, undefined, call)));
  try {
    const part = await readPart(request, read);
    return Buffer.from(JSON.stringify(composition.join(upstream, part, call)));
  } catch (error) {
    if (composition.optional && error instanceof Problem && error.getStatus() >= 500) {
      return answer;
    }
    throw error;
  }
}

function readPart(
  request: PartRequest,
  read: (part: PartRequest) => Promise<UpstreamAnswer>,
): Promise<unknown> {
  return read(request).then(
    (found) => JSON.parse(found.body.toString('utf8')) as unknown,
    (error: unknown) => {
      if (error instanceof Problem && error.getStatus() === 404) return undefined;
      throw error;
    },
  );
}
