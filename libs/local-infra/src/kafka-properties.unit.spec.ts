import { kafkaProperties } from './kafka-properties';

describe('kafkaProperties', () => {
  const text = kafkaProperties('/stack/kafka/data', { kafka: 59092, kafkaController: 59093 });
  const properties = Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s, 2)),
  );

  it('makes one node both broker and the only controller voter', () => {
    expect(properties['process.roles']).toBe('broker,controller');
    expect(properties['controller.quorum.voters']).toBe(`${properties['node.id']}@127.0.0.1:59093`);
  });

  it('listens on loopback and advertises the address clients on this machine use', () => {
    expect(properties.listeners).toBe('PLAINTEXT://127.0.0.1:59092,CONTROLLER://127.0.0.1:59093');
    expect(properties['advertised.listeners']).toBe('PLAINTEXT://127.0.0.1:59092');
  });

  it('keeps its data in the given folder with internal topics that one broker can host', () => {
    expect(properties['log.dirs']).toBe('/stack/kafka/data');
    expect(properties['offsets.topic.replication.factor']).toBe('1');
    expect(properties['transaction.state.log.replication.factor']).toBe('1');
  });

  it("keeps the log cleaner's offset map small enough for a lean heap", () => {
    expect(Number(properties['log.cleaner.dedupe.buffer.size'])).toBeLessThanOrEqual(
      16 * 1024 * 1024,
    );
  });
});
