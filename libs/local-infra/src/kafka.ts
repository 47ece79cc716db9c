import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { connectionFor } from './connection';
import { kafkaJars } from './kafka-jars';
import { kafkaProperties } from './kafka-properties';
import { LocalServer } from './local-server';
import { run } from './run';
import { StackOptions, StackPorts } from './stack-options';
import { workspaceRoot } from './workspace-root';

/** Created by the readiness check: a broker that can create a topic has a working controller. */
const readinessTopic = 'local-infra-ready';

export const kafkaServer: LocalServer = {
  name: 'kafka',
  ports: (ports) => [ports.kafka, ports.kafkaController],
  pidFile: (dir) => join(dir, 'kafka', 'kafka.pid'),
  logFile: (dir) => join(dir, 'kafka', 'kafka.log'),
  stopSignal: 'SIGTERM',
  readyTimeoutMs: 60_000,
  launch: launchKafka,
  isReady: createsAndListsTopic,
};

async function launchKafka({ dir, ports, lean }: StackOptions): Promise<void> {
  const kafkaDir = join(dir, 'kafka');
  const properties = join(kafkaDir, 'server.properties');
  mkdirSync(kafkaDir, { recursive: true });
  // Rewritten on every start, so a stack moved to other ports keeps its data.
  writeFileSync(properties, kafkaProperties(join(kafkaDir, 'data'), ports));
  const java = javaArguments(await kafkaJars());
  // KRaft storage is formatted once, with a new cluster id; meta.properties marks it done.
  if (!existsSync(join(kafkaDir, 'data', 'meta.properties'))) {
    // A leading dash would read as an option to kafka-storage.
    const clusterId = randomBytes(16).toString('base64url').replace(/^-/, 'A');
    const format = ['format', '-t', clusterId, '-c', properties];
    await run('java', [...java, 'kafka.tools.StorageTool', ...format]);
  }

  const log = openSync(kafkaServer.logFile(dir), 'a');
  try {
    const broker = spawn(
      'java',
      [...jvmMemory(lean ?? false), ...java, 'kafka.Kafka', properties],
      { detached: true, stdio: ['ignore', log, log] },
    );
    await new Promise((resolve, reject) => broker.once('spawn', resolve).once('error', reject));
    writeFileSync(kafkaServer.pidFile(dir), `${broker.pid}\n`);
    // It outlives this process: `up` returns while the broker keeps running.
    broker.unref();
  } finally {
    closeSync(log);
  }
}

/**
 * The broker's heap, and when `lean` the JVM's other pools too: a single KRaft node with a few
 * hundred partitions and no load runs well in 256 MiB; the code cache, metaspace (about 45 MiB
 * in use) and thread stacks are capped below the JVM's server-class defaults, and only the
 * quick C1 compiler runs, which needs far less memory than C2 and is fast enough for one
 * developer's traffic.
 */
function jvmMemory(lean: boolean): string[] {
  if (!lean) return ['-Xms128m', '-Xmx512m', '-XX:+UseSerialGC'];
  return [
    ...['-Xms64m', '-Xmx256m', '-XX:+UseSerialGC', '-Xss512k', '-XX:TieredStopAtLevel=1'],
    ...['-XX:ReservedCodeCacheSize=64m', '-XX:MaxMetaspaceSize=96m', '-XX:CICompilerCount=2'],
  ];
}

function javaArguments(jars: string): string[] {
  const log4j = join(workspaceRoot(), 'deploy/local/kafka/log4j.properties');
  return ['-Djava.awt.headless=true', `-Dlog4j.configuration=file:${log4j}`, '-cp', `${jars}/*`];
}

async function createsAndListsTopic(ports: StackPorts): Promise<boolean> {
  const admin = new Kafka({
    brokers: [connectionFor(ports).KAFKA_BROKERS],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2_000,
    // The caller polls; retrying inside would only hide how far start-up has come.
    retry: { retries: 0 },
  }).admin();
  await admin.connect();
  try {
    const { brokers } = await admin.describeCluster();
    if (brokers.length === 0) return false;
    await admin.createTopics({
      topics: [{ topic: readinessTopic, numPartitions: 1 }],
      waitForLeaders: true,
    });
    return (await admin.listTopics()).includes(readinessTopic);
  } finally {
    await admin.disconnect();
  }
}
