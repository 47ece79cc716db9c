import { jsonShapeProblem, Problem } from '@citypoints/platform';
import { IncomingMessage } from 'node:http';

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;
// Fatal: bytes that are not UTF-8 (RFC 8259 8.1) are refused, not stored as U+FFFD. A BOM is
// kept, so JSON.parse refuses it as before.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The request's JSON body, read with a size limit: 415 for another content type, 413 past
 * the limit, 400 for malformed JSON and for a body too deep or too large to walk
 * (jsonShapeProblem) or not UTF-8. Undefined when there is no body.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const length = request.headers['content-length'];
  const chunked = request.headers['transfer-encoding'] !== undefined;
  if (!chunked && (length === undefined || length === '0')) return undefined;
  const type = request.headers['content-type'] ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new Problem(415, `the body must be application/json, not ${type || 'untyped'}`);
  }
  if (length !== undefined && Number(length) > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  const text = decodeUtf8(Buffer.concat(chunks));
  if (text.trim() === '') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new Problem(400, `the body is not valid JSON: ${(error as Error).message}`);
  }
  const shapeProblem = jsonShapeProblem(body);
  if (shapeProblem) throw new Problem(400, shapeProblem);
  return body;
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new Problem(400, 'the body is not valid UTF-8');
  }
}

function tooLarge(limit: number): Problem {
  return new Problem(413, `the body must be at most ${limit} bytes`, undefined, {
    Connection: 'close',
  });
}
