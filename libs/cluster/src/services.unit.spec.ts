import { orderServices } from './order-services';
import { ServiceName, SERVICES } from './services';

describe('SERVICES', () => {
  const names = Object.keys(SERVICES) as ServiceName[];

  it('can all be started together, every service they call being described', () => {
    expect(orderServices(names).flat().sort()).toEqual([...names].sort());
  });

  it('gives every service development ports of its own', () => {
    const ports = Object.values(SERVICES).flatMap(({ ports }) => Object.values(ports));
    expect(new Set(ports).size).toBe(ports.length);
  });
});
