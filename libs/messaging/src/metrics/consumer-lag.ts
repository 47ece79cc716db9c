import { Admin, Kafka } from 'kafkajs';
import { Gauge } from 'prom-client';

/** A consumer group whose lag /metrics reports (see watchConsumerLag). */
export interface WatchedGroup {
  kafka: Kafka;
  /** The group as it is named in the metric: as declared, one name for every replica. */
  group: string;
  /** The group on Kafka (a replica's own, for a group of every replica). */
  kafkaGroupId: string;
  topics: string[];
}

// Several scrapes close together (two Prometheus replicas) share one look-up.
const FRESH_FOR_MS = 5_000;
// A scrape must answer even when Kafka does not: the lag is left out meanwhile.
const LOOKUP_TIMEOUT_MS = 3_000;

const watched = new Set<WatchedGroup>();
const admins = new Map<Kafka, Promise<Admin>>();
let lastLookup: { at: number; done: Promise<void> } | undefined;

/**
 * Messages not yet consumed, per group, topic and partition: the partition's end offset less
 * the group's committed offset (the whole partition when the group has committed none). Looked
 * up at scrape time with one admin client per Kafka (fetchOffsets, fetchTopicOffsets), at most
 * once in FRESH_FOR_MS.
 */
export const consumerLag = new Gauge({
  name: 'citypoints_kafka_consumer_lag',
  help: 'Messages of a partition that its consumer group has not committed yet, by group, topic and partition',
  labelNames: ['group', 'topic', 'partition'],
  async collect() {
    if (watched.size === 0) return;
    if (!lastLookup || Date.now() - lastLookup.at > FRESH_FOR_MS) {
      lastLookup = { at: Date.now(), done: lookUpLag(this) };
    }
    await lastLookup.done;
  },
});

/** Reports `group`'s lag at /metrics until the returned function is called. */
export function watchConsumerLag(group: WatchedGroup): () => Promise<void> {
  watched.add(group);
  return async () => {
    watched.delete(group);
    lastLookup = undefined;
    consumerLag.reset();
    if ([...watched].some((other) => other.kafka === group.kafka)) return;
    const admin = admins.get(group.kafka);
    admins.delete(group.kafka);
    await admin?.then((connected) => connected.disconnect()).catch(() => undefined);
  };
}

async function lookUpLag(gauge: Gauge<'group' | 'topic' | 'partition'>): Promise<void> {
  const lookups = [...watched].map(async (group) => lagOf(group, await adminOf(group.kafka)));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), LOOKUP_TIMEOUT_MS);
  });
  const found = await Promise.race([
    Promise.all(lookups.map((lookup) => lookup.catch(() => []))),
    timeout,
  ]);
  clearTimeout(timer);
  gauge.reset();
  for (const { labels, lag } of found?.flat() ?? []) gauge.set(labels, lag);
}

function adminOf(kafka: Kafka): Promise<Admin> {
  let admin = admins.get(kafka);
  if (!admin) {
    const created = kafka.admin();
    admin = created.connect().then(() => created);
    // A failed connection is tried again at the next scrape.
    admin.catch(() => admins.delete(kafka));
    admins.set(kafka, admin);
  }
  return admin;
}

async function lagOf(
  { group, kafkaGroupId, topics }: WatchedGroup,
  admin: Admin,
): Promise<{ labels: { group: string; topic: string; partition: string }; lag: number }[]> {
  const [committed, ends] = await Promise.all([
    admin.fetchOffsets({ groupId: kafkaGroupId, topics }),
    Promise.all(
      topics.map(async (topic) => ({ topic, offsets: await admin.fetchTopicOffsets(topic) })),
    ),
  ]);
  const committedOf = new Map(
    committed.flatMap(({ topic, partitions }) =>
      partitions.map(({ partition, offset }) => [`${topic}/${partition}`, Number(offset)]),
    ),
  );
  return ends.flatMap(({ topic, offsets }) =>
    offsets.map(({ partition, high, low }) => {
      const done = committedOf.get(`${topic}/${partition}`) ?? -1;
      const lag = Number(high) - (done >= 0 ? done : Number(low));
      return { labels: { group, topic, partition: String(partition) }, lag: Math.max(0, lag) };
    }),
  );
}
