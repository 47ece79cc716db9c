import { Problem, SERVICE_TOKEN_CHALLENGE, ServiceTokenSigner } from '@citypoints/platform';
import { ProblemDetails } from '@citypoints/contracts';
import { Agent, errors, request } from 'undici';
import { Caller } from '../auth/caller';
import { UpstreamService } from '../routes/gateway-route';

export interface UpstreamAnswer {
  status: number;
  body: Buffer;
  /** The service's content-type and content-disposition, when it sent them. */
  contentType?: string;
  contentDisposition?: string;
}

export interface UpstreamRequest {
  method: string;
  path: string;
  body?: Record<string, unknown>;
  requestId: string;
  /** The signed-in person the call acts for, named in its service token; none on public routes. */
  caller?: Caller;
  /** Headers of the client's request the route passes on (forwardedHeaders). */
  headers?: Record<string, string>;
}

/**
 * The internal HTTP APIs of the services, over kept-alive connections, each call with a
 * service token for the service it goes to. Their refusals come back as problems with their
 * status and detail; their failures as 502, 503 or 504.
 */
export class Upstreams {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, connections: 256 });

  constructor(
    private readonly urls: Record<UpstreamService, string>,
    private readonly timeoutMs: number,
    private readonly serviceTokens: ServiceTokenSigner,
  ) {}

  async send(service: UpstreamService, call: UpstreamRequest): Promise<UpstreamAnswer> {
    let answer: UpstreamAnswer;
    const authorization = await this.serviceTokens.authorization(service, call.caller);
    try {
      const response = await request(new URL(call.path, this.urls[service]), {
        method: call.method as 'GET',
        dispatcher: this.agent,
        headers: {
          ...call.headers,
          authorization,
          'x-request-id': call.requestId,
          ...(call.body && { 'content-type': 'application/json' }),
        },
        body: call.body && JSON.stringify(call.body),
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      if (response.headers['www-authenticate'] === SERVICE_TOKEN_CHALLENGE) {
        await response.body.dump();
        throw new Problem(502, `${service} does not accept the gateway's service token`);
      }
      const { 'content-type': contentType, 'content-disposition': disposition } = response.headers;
      answer = {
        status: response.statusCode,
        body: Buffer.from(await response.body.arrayBuffer()),
        ...(typeof contentType === 'string' && { contentType }),
        ...(typeof disposition === 'string' && { contentDisposition: disposition }),
      };
    } catch (error) {
      if (error instanceof Problem) throw error;
      throw unreachable(service, error as Error);
    }
    if (answer.status >= 500) {
      throw new Problem(502, `${service} failed to answer (${answer.status}); try again later`);
    }
    if (answer.status >= 400) throw refusal(service, answer, call.caller !== undefined);
    return answer;
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

function unreachable(service: string, error: Error): Problem {
  if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError) {
    return new Problem(504, `${service} did not answer in time`);
  }
  return new Problem(503, `${service} is unavailable; try again later`, undefined, {
    'Retry-After': '5',
  });
}

/**
 * A service's refusal, passed on as it gave it (status, detail, code, refused fields and its
 * extension members, such as a rejected check-in's `participationId` and `retryAt`): every
 * service answers problem+json (ProblemDetailsFilter). On a signed-in route the upstream's
 * own 401 is the caller's 403.
 */
function refusal(service: string, answer: UpstreamAnswer, signedIn: boolean): Problem {
  const problem = problemOf(answer.body);
  const status = answer.status === 401 && signedIn ? 403 : answer.status;
  const { type, title, status: _, detail, instance, code, errors, ...extensions } = problem ?? {};
  return new Problem(
    status,
    detail ?? `${service} refused the request`,
    errors,
    {},
    code,
    extensions,
  );
}

function problemOf(body: Buffer): Partial<ProblemDetails> | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as Partial<ProblemDetails>;
    return typeof parsed.detail === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
