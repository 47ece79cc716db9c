import { withRetries } from './with-retries';

describe('withRetries', () => {
  it('returns the first success', async () => {
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls++;
        if (calls < 3) throw new Error(`failure ${calls}`);
        return 'done';
      },
      { attempts: 5, initialDelayMs: 1 },
    );
    expect(result).toBe('done');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt with its error, pausing twice as long each time', async () => {
    const pauses: number[] = [];
    let last = Date.now();
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new Error(`failure ${calls}`);
        },
        { attempts: 3, initialDelayMs: 40 },
        async () => {
          pauses.push(Date.now() - last);
          last = Date.now();
        },
      ),
    ).rejects.toThrow('failure 3');
    expect(calls).toBe(3);
    expect(pauses).toHaveLength(2);
    expect(pauses[1]).toBeGreaterThan(pauses[0]);
  });
});
