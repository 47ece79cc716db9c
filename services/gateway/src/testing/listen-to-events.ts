export interface ReceivedEvent {
  event: string;
  data: Record<string, unknown>;
}

export interface EventListener {
  response: Response;
  events: ReceivedEvent[];
  heartbeats(): number;
  /** True once the server has ended the stream. */
  ended(): boolean;
  close(): void;
}

/**
 * Opens GET /api/v1/me/events with a Bearer token, or with `?ticket=` and no header as a
 * browser's EventSource would, and reads it in the background, collecting its events and
 * heartbeats.
 */
export async function listenToEvents(
  gatewayUrl: string,
  auth: { token: string } | { ticket: string },
): Promise<EventListener> {
  const controller = new AbortController();
  const url = new URL('/api/v1/me/events', gatewayUrl);
  if ('ticket' in auth) url.searchParams.set('ticket', auth.ticket);
  const response = await fetch(url, {
    headers: 'token' in auth ? { authorization: `Bearer ${auth.token}` } : {},
    signal: controller.signal,
  });
  const events: ReceivedEvent[] = [];
  let heartbeats = 0;
  let ended = false;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (frame.includes(': heartbeat')) heartbeats++;
          const fields = fieldsOf(frame);
          if (fields.event) events.push({ event: fields.event, data: JSON.parse(fields.data) });
        }
      }
      ended = true;
    } catch {
      // Aborted by close().
    }
  })();
  return {
    response,
    events,
    heartbeats: () => heartbeats,
    ended: () => ended,
    close: () => controller.abort(),
  };
}

function fieldsOf(frame: string): Record<string, string> {
  return Object.fromEntries(
    frame
      .split('\n')
      .filter((line) => !line.startsWith(':'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
  );
}
