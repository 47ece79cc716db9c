import { randomUUID } from 'node:crypto';
import { decodeProtectedHeader } from 'jose';
import { es256PrivateKeyPem } from '../testing/es256-key';
import { TokenIssuer } from './token-issuer';

describe('TokenIssuer', () => {
  let issuer: TokenIssuer;
  let stranger: TokenIssuer;
  const holder = { userId: randomUUID(), tenant: 'cascais' };

  beforeAll(async () => {
    issuer = await TokenIssuer.fromPem(await es256PrivateKeyPem());
    stranger = await TokenIssuer.fromPem(await es256PrivateKeyPem());
  });

  afterEach(() => jest.useRealTimers());

  it('signs 15-minute ES256 access tokens whose kid is in the JWKS', async () => {
    const partnerId = randomUUID();
    const token = await issuer.signAccessToken({
      ...holder,
      role: 'partner-staff',
      partnerId,
      generation: 0,
    });
    const header = decodeProtectedHeader(token);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(issuer.jwks.keys).toEqual([
      expect.objectContaining({ kid: header.kid, kty: 'EC', crv: 'P-256', alg: 'ES256' }),
    ]);
    expect(issuer.jwks.keys[0]).not.toHaveProperty('d');
    const claims = await issuer.verifyAccessToken(token);
    expect(claims).toMatchObject({
      sub: holder.userId,
      tenant: 'cascais',
      role: 'partner-staff',
      partnerId,
      gen: 0,
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(15 * 60);
  });

  it('leaves partnerId out of the access token of anyone but partner staff', async () => {
    const token = await issuer.signAccessToken({
      ...holder,
      role: 'citizen',
      partnerId: null,
      generation: 3,
    });
    expect(await issuer.verifyAccessToken(token)).not.toHaveProperty('partnerId');
  });

  it('names the session generation it was issued in as the number claim gen', async () => {
    const token = await issuer.signAccessToken({ ...holder, role: 'citizen', generation: 7 });
    expect((await issuer.verifyAccessToken(token)).gen).toBe(7);
  });

  it('accepts its own QR token for the same tenant within 2 minutes', async () => {
    const { token, expiresAt } = await issuer.signQrToken(holder);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(120_000);
    expect(await issuer.verifyQrToken(token, 'cascais')).toEqual(holder);
  });

  it('refuses an expired QR token', async () => {
    jest.useFakeTimers({ now: Date.now() - 121_000, doNotFake: ['nextTick', 'setImmediate'] });
    const { token } = await issuer.signQrToken(holder);
    jest.useRealTimers();
    await expect(issuer.verifyQrToken(token, 'cascais')).rejects.toThrow('the token has expired');
  });

  it('refuses a QR token of another tenant, another key, or altered', async () => {
    const { token } = await issuer.signQrToken(holder);
    await expect(issuer.verifyQrToken(token, 'stockholm')).rejects.toThrow('another tenant');
    const forged = (await stranger.signQrToken(holder)).token;
    await expect(issuer.verifyQrToken(forged, 'cascais')).rejects.toThrow('not valid');
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: randomUUID(), tenant: 'cascais' })).toString(
      'base64url',
    );
    await expect(
      issuer.verifyQrToken(`${header}.${payload}.${signature}`, 'cascais'),
    ).rejects.toThrow('not valid');
  });

  it('never takes an access token for a QR token, nor the reverse', async () => {
    const access = await issuer.signAccessToken({ ...holder, role: 'citizen', generation: 0 });
    await expect(issuer.verifyQrToken(access, 'cascais')).rejects.toThrow('not valid');
    const { token: qr } = await issuer.signQrToken(holder);
    await expect(issuer.verifyAccessToken(qr)).rejects.toThrow('not valid');
  });
});
