import { spawn } from 'node:child_process';
import { memoryInUse } from './memory-in-use';

describe('memoryInUse', () => {
  it('counts this process: tens of megabytes, its shared pages in part', () => {
    const memory = memoryInUse([process.pid]);
    expect(memory.processes).toBeGreaterThanOrEqual(1);
    expect(memory.resident).toBeGreaterThan(10 * 2 ** 20);
    expect(memory.proportional).toBeGreaterThan(0);
    expect(memory.proportional).toBeLessThanOrEqual(memory.resident);
  });

  it('counts the children of a process with it', async () => {
    const child = spawn('sleep', ['30']);
    await new Promise((resolve) => child.once('spawn', resolve));
    try {
      const alone = memoryInUse([child.pid as number]);
      const withParent = memoryInUse([process.pid]);
      expect(alone.processes).toBe(1);
      expect(withParent.processes).toBeGreaterThan(1);
      expect(withParent.resident).toBeGreaterThan(memoryInUse([]).resident + alone.resident);
    } finally {
      child.kill();
    }
  });

  it('counts nothing for a process that is gone', () => {
    expect(memoryInUse([2 ** 22 + 1])).toEqual({ resident: 0, proportional: 0, processes: 1 });
  });
});
