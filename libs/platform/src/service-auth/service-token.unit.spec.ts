import { generateKeyPairSync } from 'node:crypto';
import { ServiceTokenSigner } from './service-token-signer';
import { ServiceTokenError, ServiceTokenVerifier } from './service-token-verifier';

const pem = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

describe('service tokens', () => {
  const gateway = pem();
  const signer = new ServiceTokenSigner(gateway.privateKey);
  const ledger = new ServiceTokenVerifier(gateway.publicKey, 'ledger');
  const actor = {
    userId: '0190a5b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b',
    tenant: 'cascais',
    role: 'citizen' as const,
    generation: 2,
  };

  it('carry the person the gateway acts for to the service they are addressed to', async () => {
    expect(await ledger.actorOf(await signer.authorization('ledger', actor))).toEqual(actor);
    expect(await ledger.actorOf(await signer.authorization('ledger'))).toBeUndefined();
  });

  it('are refused when missing, addressed to another service, or signed with another key', async () => {
    const forger = new ServiceTokenSigner(pem().privateKey);
    for (const header of [
      undefined,
      'Basic YWRtaW46YWRtaW4=',
      await signer.authorization('identity', actor),
      await forger.authorization('ledger', actor),
    ]) {
      await expect(ledger.actorOf(header)).rejects.toThrow(ServiceTokenError);
    }
  });

  it('are refused once expired, even after they were accepted', async () => {
    const shortLived = new ServiceTokenSigner(gateway.privateKey, 1);
    const header = await shortLived.authorization('ledger', actor);
    await expect(ledger.actorOf(header)).resolves.toEqual(actor);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await expect(ledger.actorOf(header)).rejects.toThrow('not valid');
  });
});
