import { MaxRetriesPerRequestError } from 'ioredis/built/errors';
import { QueryFailedError } from 'typeorm';
import { isTransientFailure } from './is-transient-failure';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

function queryFailed(driverError: Error): QueryFailedError {
  return new QueryFailedError('INSERT INTO processed_messages ...', [], driverError);
}

describe('isTransientFailure', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    ['a timed-out connection', withCode('connect ETIMEDOUT', 'ETIMEDOUT')],
    ['a broken pipe', withCode('write EPIPE', 'EPIPE')],
    ['a connection lost by node-postgres', new Error('Connection terminated unexpectedly')],
    ['a full pool', new Error('timeout exceeded when trying to connect')],
    ['a server shutting down (57P01)', withCode('terminating connection', '57P01')],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    ['a serialization failure (40001)', queryFailed(withCode('could not serialize', '40001'))],
    ['a deadlock (40P01)', queryFailed(withCode('deadlock detected', '40P01'))],
    ['a lock timeout (55P03)', queryFailed(withCode('canceling statement', '55P03'))],
    ['too many connections (53300)', withCode('too many clients already', '53300')],
    ['a closed Redis connection', new Error('Connection is closed.')],
    ['Redis out of retries', new MaxRetriesPerRequestError(20)],
    [
      'a refusal on every address',
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]),
    ],
  ])('counts %s as transient', (_, error) => {
    expect(isTransientFailure(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', queryFailed(withCode('duplicate key', '23505'))],
    ['a syntax error (42601)', queryFailed(withCode('syntax error', '42601'))],
    ['a bug in the handler', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a thrown string', 'the handler cannot cope with this one'],
    ['nothing at all', undefined],
  ])('counts %s as permanent', (_, error) => {
    expect(isTransientFailure(error)).toBe(false);
  });

  it('finds a transient failure given as the cause of another', () => {
    const error = new Error('could not apply the event', {
      cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED'),
    });
    expect(isTransientFailure(error)).toBe(true);
  });
});
