import { join } from 'node:path';

/** Where the generated AsyncAPI document is committed: docs/asyncapi.yaml. */
export const ASYNCAPI_FILE = join(__dirname, '..', '..', '..', '..', 'docs', 'asyncapi.yaml');
