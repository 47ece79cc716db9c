/**
 * What a log line may say about a request, an answer and an error: never headers (bearer
 * tokens, service tokens, cookies), never the query string (event-stream tickets, e-mails),
 * never an error's own fields (TypeORM puts the SQL and its parameters there: password hashes,
 * e-mails, names).
 */
export const logSerializers = {
  req: (request: { id?: unknown; method?: string; url?: string; route?: string }) => ({
    id: request.id,
    method: request.method,
    path: request.url?.split('?')[0],
    ...(request.route !== undefined && { route: request.route }),
  }),
  res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
  // pino-http hands this the plain object pino's own serializer made of the error (type,
  // message, stack and every field of the error), not the Error itself.
  err: (error: unknown) => {
    if (typeof error !== 'object' || error === null) return { message: String(error) };
    const { type, message, code, stack } = error as Record<string, unknown>;
    return {
      type: error instanceof Error ? error.constructor.name : String(type ?? 'Error'),
      message: String(message),
      ...(typeof code === 'string' && { code }),
      ...(typeof stack === 'string' && { stack }),
    };
  },
};
