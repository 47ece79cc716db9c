/** One JSON request, as a client of the public or an internal API makes it. */
export async function callJson(
  url: string,
  init: { method?: string; body?: object; token?: string; headers?: Record<string, string> } = {},
  // The caller knows the shape of the route's answer.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      'content-type': 'application/json',
      ...(init.token && { authorization: `Bearer ${init.token}` }),
      ...init.headers,
    },
    body: init.body && JSON.stringify(init.body),
  });
  const body = await response.json().catch(() => undefined);
  return { status: response.status, body };
}
