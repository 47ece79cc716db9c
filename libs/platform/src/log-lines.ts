/**
 * What a log line may say about a request, an answer and an error: never headers (bearer
 * tokens, service tokens, cookies), never the query string (event-stream tickets, e-mails),
 * never an error's own fields (TypeORM puts the SQL and its parameters there: password hashes,
 * e-mails, names).
 */
export const logSerializers = {
  req: (request: { id?: unknown; method?: string; url?: string }) => ({
    id: request.id,
    method: request.method,
    path: request.url?.split('?')[0],
  }),
  res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
  err: (error: unknown) => {
    if (!(error instanceof Error)) return { message: String(error) };
    const code = (error as { code?: unknown }).code;
    return {
      type: error.constructor.name,
      message: error.message,
      ...(typeof code === 'string' && { code }),
      stack: error.stack,
    };
  },
};
