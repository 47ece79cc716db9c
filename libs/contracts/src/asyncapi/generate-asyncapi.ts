// Writes docs/asyncapi.yaml from the contracts: npm run asyncapi:generate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { stringify } from 'yaml';
import { asyncApiDocument } from './asyncapi-document';
import { ASYNCAPI_FILE } from './asyncapi-file';

// Formatted as `prettier --check` expects it; no YAML anchors, so every part reads alone.
async function render(): Promise<string> {
  const yaml = stringify(asyncApiDocument(), { aliasDuplicateObjects: false, lineWidth: 96 });
  const options = await resolveConfig(ASYNCAPI_FILE);
  const header = '# Generated from libs/contracts by `npm run asyncapi:generate`: do not edit.\n';
  return format(header + yaml, { ...options, filepath: ASYNCAPI_FILE });
}

render().then(
  (text) => {
    mkdirSync(dirname(ASYNCAPI_FILE), { recursive: true });
    writeFileSync(ASYNCAPI_FILE, text);
    console.log(`wrote ${relative(process.cwd(), ASYNCAPI_FILE)}`);
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
