import { ServiceDescription, SERVICES } from './services';

type Calls = Pick<ServiceDescription, 'calls'>;

/**
 * The order to start `names` in: waves, each of services that call only services of earlier
 * waves, so that a wave starts in parallel once the one before is ready. Throws when a name is
 * not described, when a service calls one not among `names`, or when calls form a loop.
 */
export function orderServices<N extends string>(
  names: readonly N[],
  services: Readonly<Record<string, Calls>> = SERVICES,
): N[][] {
  const callees = (name: N) => Object.values(services[name].calls) as N[];
  for (const name of names) {
    if (!Object.hasOwn(services, name)) throw new Error(`no service is named ${name}`);
    const missing = callees(name).filter((callee) => !names.includes(callee));
    if (missing.length > 0) {
      throw new Error(`${name} calls ${missing.join(' and ')}: start it together with them`);
    }
  }
  const waves: N[][] = [];
  let waiting = [...new Set(names)];
  while (waiting.length > 0) {
    const ready = waiting.filter((name) =>
      callees(name).every((callee) => !waiting.includes(callee)),
    );
    if (ready.length === 0) throw new Error(`${waiting.join(', ')} call each other in a loop`);
    waves.push(ready);
    waiting = waiting.filter((name) => !ready.includes(name));
  }
  return waves;
}
