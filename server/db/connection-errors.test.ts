import { describe, expect, it } from 'vitest';
import { isConnectionError } from './connection-errors.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
  it.each([
    ['refused', withCode('ECONNREFUSED')],
    ['reset', withCode('ECONNRESET')],
    ['postmaster died (57P01 admin_shutdown)', withCode('57P01')],
    ['starting up (57P03 cannot_connect_now)', withCode('57P03')],
    ['connection failure (08006)', withCode('08006')],
    ['pg: Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    [
      'pg: client not queryable',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['wrapped in a cause', new Error('outer', { cause: withCode('ECONNREFUSED') })],
    ['an AggregateError of refusals', new AggregateError([withCode('ECONNREFUSED')], 'connect')],
  ])('is true when the database is gone: %s', (_name, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ['unique violation', withCode('23505')],
    ['syntax error', withCode('42601')],
    ['numeric out of range', withCode('22003')],
    ['a plain bug', new TypeError('cannot read x of undefined')],
    ['not an error', 'Connection terminated'],
    ['null', null],
  ])('is false for statement errors and anything else: %s', (_name, error) => {
    expect(isConnectionError(error)).toBe(false);
  });
});
