import { es256PrivateKeyPem } from '../testing/es256-key';
import { RefreshSuccessors } from './refresh-successors';
import { newSecretToken } from './secret-token';

describe('RefreshSuccessors', () => {
  let pem: string;
  let successors: RefreshSuccessors;

  beforeAll(async () => {
    pem = await es256PrivateKeyPem();
    successors = RefreshSuccessors.fromPem(pem);
  });

  it('derives the same 256-bit successor for the same token, even after a restart', () => {
    const { token } = newSecretToken();
    const successor = successors.successorOf(token);
    expect(successor).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(successor).not.toBe(token);
    expect(RefreshSuccessors.fromPem(pem).successorOf(token)).toBe(successor);
  });

  it('derives different successors for different tokens', () => {
    const tokens = Array.from({ length: 50 }, () => newSecretToken().token);
    expect(new Set(tokens.map((token) => successors.successorOf(token))).size).toBe(50);
  });

  it('cannot be computed without the signing key', async () => {
    const { token } = newSecretToken();
    const other = RefreshSuccessors.fromPem(await es256PrivateKeyPem());
    expect(other.successorOf(token)).not.toBe(successors.successorOf(token));
  });
});
