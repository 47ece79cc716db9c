import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('returns the first defined result', async () => {
    let calls = 0;
    const result = await waitFor('the third call', async () =>
      ++calls === 3 ? 'ready' : undefined,
    );
    expect(result).toBe('ready');
    expect(calls).toBe(3);
  });

  it('fails with the description once the time is up', async () => {
    await expect(
      waitFor('something that never happens', async () => undefined, 120),
    ).rejects.toThrow('Timed out after 120 ms waiting for something that never happens');
  });
});
