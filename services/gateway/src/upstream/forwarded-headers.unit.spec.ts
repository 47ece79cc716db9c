import { forwardedHeaders } from './forwarded-headers';

describe('forwardedHeaders', () => {
  const sent = {
    'idempotency-key': '0b6f2c1e-8a52-4d7e-9d0e-3f1c2b4a5d6e',
    authorization: 'Bearer eyJ…',
    cookie: 'session=1',
    'x-forwarded-for': '203.0.113.7',
  };

  it('passes on the headers a route names, as sent', () => {
    expect(forwardedHeaders({ forwardHeaders: ['idempotency-key'] }, sent)).toEqual({
      'idempotency-key': '0b6f2c1e-8a52-4d7e-9d0e-3f1c2b4a5d6e',
    });
  });

  it('passes on nothing for a route that names none', () => {
    expect(forwardedHeaders({}, sent)).toEqual({});
  });

  it('leaves out a named header the client did not send', () => {
    expect(forwardedHeaders({ forwardHeaders: ['idempotency-key'] }, { cookie: 'a' })).toEqual({});
  });
});
