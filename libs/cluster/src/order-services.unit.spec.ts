import { orderServices } from './order-services';

describe('orderServices', () => {
  it('starts the services the gateway calls in waves before it', () => {
    const names = [
      'gateway',
      'ledger',
      'identity',
      'verification',
      'activities',
      'rankings',
      'rewards',
    ];
    expect(orderServices(names)).toEqual([
      ['ledger', 'identity', 'activities', 'rankings', 'rewards'],
      ['verification'],
      ['gateway'],
    ]);
  });

  it('starts services that call nobody together, each once', () => {
    expect(orderServices(['ledger', 'activities', 'ledger'])).toEqual([['ledger', 'activities']]);
  });

  it('refuses a subset without a service one of it calls, naming both', () => {
    expect(() =>
      orderServices(['gateway', 'ledger', 'identity', 'activities', 'verification', 'rewards']),
    ).toThrow('gateway calls rankings: start it together with them');
  });

  it('refuses a name no service has', () => {
    expect(() => orderServices(['payroll'])).toThrow('no service is named payroll');
  });

  it('follows calls through several waves', () => {
    const services = {
      web: { calls: { API_URL: 'api' } },
      api: { calls: { STORE_URL: 'store' } },
      store: { calls: {} },
    };
    expect(orderServices(['web', 'api', 'store'], services)).toEqual([['store'], ['api'], ['web']]);
  });

  it('refuses services that call each other in a loop', () => {
    const services = { a: { calls: { B_URL: 'b' } }, b: { calls: { A_URL: 'a' } } };
    expect(() => orderServices(['a', 'b'], services)).toThrow('a, b call each other in a loop');
  });
});
