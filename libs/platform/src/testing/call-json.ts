/** How {@link callJson} makes its request. */
export interface JsonCall {
  /** GET, or POST when there is a body, unless given. */
  method?: string;
  /** Sent as JSON. */
  body?: object;
  /** A person's access token, sent as `Authorization: Bearer`. */
  token?: string;
  /** More headers, e.g. a service token's `authorization` or an `idempotency-key`. */
  headers?: Record<string, string>;
  /** The status the call must answer; any other throws. Unchecked when not given. */
  expected?: number;
}

/**
 * One JSON request, as a client of the public or an internal API makes it: its status and its
 * body read as JSON (undefined when it is not). Throws when `expected` is given and the status
 * is another, with the answer in the message.
 */
export async function callJson(
  url: string,
  init: JsonCall = {},
  // The caller knows the shape of the route's answer.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any }> {
  const method = init.method ?? (init.body ? 'POST' : 'GET');
  const response = await fetch(url, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(init.token && { authorization: `Bearer ${init.token}` }),
      ...init.headers,
    },
    body: init.body && JSON.stringify(init.body),
  });
  const body = await response.json().catch(() => undefined);
  if (init.expected !== undefined && response.status !== init.expected) {
    throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return { status: response.status, body };
}
