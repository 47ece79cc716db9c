export { createDatabase, dropDatabase } from './database';
export { startOwnKafka, stopOwnKafka } from './own-kafka';
export { startOwnPostgres, stopOwnPostgres } from './own-postgres';
export { findFreePorts } from './ports';
export { stackDir, stackPorts } from './cli-settings';
export { stackPids, startStack, stopStack } from './stack';
export type { StartedStack } from './stack';
export type { Connection, StackOptions, StackPorts } from './stack-options';
export { workspaceRoot } from './workspace-root';
