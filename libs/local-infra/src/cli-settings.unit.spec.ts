import { stackDir, stackPorts } from './cli-settings';

describe('stackPorts', () => {
  it('uses the fixed local ports unless the environment overrides one', () => {
    expect(stackPorts({ INFRA_REDIS_PORT: '16379' })).toEqual({
      postgres: 55432,
      redis: 16379,
      kafka: 59092,
      kafkaController: 59093,
    });
  });

  it.each(['ninety', '0', '65536', '5909.2', '-1', ' 59092'])(
    'names the variable holding the bad port %p',
    (value) => {
      expect(() => stackPorts({ INFRA_KAFKA_PORT: value })).toThrow(/^INFRA_KAFKA_PORT must be/);
    },
  );
});

describe('stackDir', () => {
  it('keeps the stack in the workspace unless INFRA_DIR names another folder', () => {
    expect(stackDir({}, '/repo')).toBe('/repo/.infra/local');
    expect(stackDir({ INFRA_DIR: '/tmp/stack' }, '/repo')).toBe('/tmp/stack');
  });
});
