import { logSerializers } from './log-lines';

describe('log lines', () => {
  it('say the method and path of a request, never its headers or query', () => {
    const line = JSON.stringify(
      logSerializers.req({
        id: 'r-1',
        method: 'GET',
        url: '/api/v1/me/events?ticket=secret-ticket',
        headers: { authorization: 'Bearer secret-token', cookie: 'session=secret' },
      } as never),
    );
    expect(JSON.parse(line)).toEqual({ id: 'r-1', method: 'GET', path: '/api/v1/me/events' });
    expect(line).not.toContain('secret');
  });

  it("say an error's type, message and code, never the SQL parameters TypeORM attaches", () => {
    const error = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      query: 'INSERT INTO person (email, password_hash) VALUES ($1, $2)',
      parameters: ['ana@example.org', '$argon2id$v=19$secret-hash'],
      driverError: { detail: 'Key (email)=(ana@example.org) already exists.' },
    });
    const line = JSON.stringify(logSerializers.err(error));
    expect(JSON.parse(line)).toMatchObject({ type: 'Error', code: '22021' });
    expect(line).not.toContain('ana@example.org');
    expect(line).not.toContain('argon2id');
    expect(line).not.toContain('INSERT');
  });

  it('say the same of the plain object pino-http makes of an error, not "[object Object]"', () => {
    // The shape of pino-std-serializers' err(): every field of the error, as a plain object.
    const serialized = {
      type: 'Error',
      message: 'identity is unavailable',
      stack: 'Error: identity is unavailable\n    at …',
      code: 'ECONNREFUSED',
      parameters: ['ana@example.org'],
    };
    const line = JSON.stringify(logSerializers.err(serialized));
    expect(JSON.parse(line)).toMatchObject({
      type: 'Error',
      message: 'identity is unavailable',
      code: 'ECONNREFUSED',
    });
    expect(line).not.toContain('ana@example.org');
  });
});
