import { Problem } from '@citypoints/platform';
import { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { readJsonBody } from './read-json-body';

/** A request whose body is `bytes`, sent as application/json. */
function jsonRequest(bytes: Buffer): IncomingMessage {
  return Object.assign(Readable.from([bytes]), {
    headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) },
  }) as unknown as IncomingMessage;
}

describe('readJsonBody', () => {
  it('reads a UTF-8 body, whatever its characters', async () => {
    const body = { displayName: 'José 👩‍👩‍👧 Ωμέγα' };
    await expect(
      readJsonBody(jsonRequest(Buffer.from(JSON.stringify(body))), 1024),
    ).resolves.toEqual(body);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a truncated sequence', [0xc3]],
    ['an overlong encoding of /', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a Latin-1 é', [0xe9]],
  ])('refuses a body holding %s with 400, rather than store U+FFFD', async (_kind, bytes) => {
    const body = Buffer.concat([
      Buffer.from('{"displayName":"Jos'),
      Buffer.from(bytes),
      Buffer.from('"}'),
    ]);
    const refused = await readJsonBody(jsonRequest(body), 1024).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Problem);
    expect((refused as Problem).getStatus()).toBe(400);
    expect((refused as Problem).detail).toBe('the body is not valid UTF-8');
  });
});
