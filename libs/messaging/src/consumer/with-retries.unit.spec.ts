import { DomainError } from '@citypoints/contracts';
import { retryPauseMs, withRetries } from './with-retries';

const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

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

  it('gives up at once on a domain refusal, which would refuse again', async () => {
    let calls = 0;
    const refusal = new DomainError('invalid', 'staff-account', 'points go to citizens only');
    await expect(
      withRetries(
        async () => {
          calls++;
          throw refusal;
        },
        { attempts: 5, initialDelayMs: 1 },
      ),
    ).rejects.toBe(refusal);
    expect(calls).toBe(1);
  });

  it('gives up after the last attempt with its error, retrying after each pause', async () => {
    let retries = 0;
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new Error(`failure ${calls}`);
        },
        { attempts: 3, initialDelayMs: 1 },
        { beforeRetry: async () => void retries++ },
      ),
    ).rejects.toThrow('failure 3');
    expect(calls).toBe(3);
    expect(retries).toBe(2);
  });

  it('pauses twice as long after each failure, no longer than the cap', () => {
    const policy = { attempts: 3, initialDelayMs: 40 };
    expect([0, 1, 2].map((attempt) => retryPauseMs(policy, attempt))).toEqual([40, 80, 160]);
    expect(retryPauseMs(policy, 1_000)).toBe(5_000);
    expect(retryPauseMs({ ...policy, maxDelayMs: 100 }, 2)).toBe(100);
  });

  it('retries a transient failure past the attempts', async () => {
    const transients: unknown[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        if (++calls <= 8) throw refused();
        return 'done';
      },
      { attempts: 2, initialDelayMs: 1, maxDelayMs: 2 },
      { onTransientFailure: (error) => transients.push(error) },
    );
    expect(result).toBe('done');
    expect(transients).toHaveLength(8);
  });

  it('stops pausing at once when its signal is aborted, with the reason', async () => {
    const stopping = new AbortController();
    const began = Date.now();
    const retrying = withRetries(
      async () => {
        throw refused();
      },
      { attempts: 5, initialDelayMs: 10_000 },
      { signal: stopping.signal },
    );
    stopping.abort(new Error('the consumer is stopping'));
    await expect(retrying).rejects.toThrow('the consumer is stopping');
    expect(Date.now() - began).toBeLessThan(1_000);
  });
});
