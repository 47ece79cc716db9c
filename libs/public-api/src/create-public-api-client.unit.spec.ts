import { createPublicApiClient, type PublicApiClientOptions } from './create-public-api-client';
import type { Schema } from './schema';

const BASE_URL = 'https://api.citypoints.example';
const BALANCE: Schema<'BalanceDto'> = {
  accountId: '4f1c2a60-0d5e-4c4e-9a57-6f3e1c2b7d10',
  balance: 120,
};

/** A client whose fetch answers BALANCE and records the requests it was given. */
function clientAnsweringBalance(options: Omit<PublicApiClientOptions, 'fetch'> = {}) {
  const sent: Request[] = [];
  const fetch = async (request: Request) => {
    sent.push(request);
    return Response.json(BALANCE);
  };
  return { client: createPublicApiClient(BASE_URL, { ...options, fetch }), sent };
}

describe('createPublicApiClient', () => {
  it('calls the path under the base URL and answers the typed body', async () => {
    const { client, sent } = clientAnsweringBalance();
    const { data } = await client.GET('/api/v1/me/balance');
    expect(sent[0].url).toBe(`${BASE_URL}/api/v1/me/balance`);
    expect(data?.balance).toBe(120);
  });

  it('sends no Authorization header without an access token', async () => {
    const { client, sent } = clientAnsweringBalance({ accessToken: () => undefined });
    await client.GET('/api/v1/me/balance');
    expect(sent[0].headers.has('authorization')).toBe(false);
  });

  it('sends the access token current at each request as a Bearer token', async () => {
    let token = 'first';
    const { client, sent } = clientAnsweringBalance({ accessToken: async () => token });
    await client.GET('/api/v1/me/balance');
    token = 'refreshed';
    await client.GET('/api/v1/me/balance');
    expect(sent.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer first',
      'Bearer refreshed',
    ]);
  });

  it('keeps an Authorization header given to one call', async () => {
    const { client, sent } = clientAnsweringBalance({ accessToken: () => 'default' });
    await client.GET('/api/v1/me/balance', { headers: { authorization: 'Bearer other' } });
    expect(sent[0].headers.get('authorization')).toBe('Bearer other');
  });
});
