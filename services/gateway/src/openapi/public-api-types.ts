// Writes the TypeScript types of the public API (openapi-typescript) to public-api.d.ts, for
// openapi-fetch clients; with --check, fails when the committed file is out of date instead.
//   node -r @swc-node/register services/gateway/src/openapi/public-api-types.ts [--check]
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format } from 'prettier';
import { ROUTES } from '../routes/route-table';
import { openApiDocument } from './openapi-document';

const TARGET = join(__dirname, 'public-api.d.ts');
const HEADER = '// Generated from the route table by public-api-types.ts: do not edit.\n';

async function main(): Promise<void> {
  const ast = await openapiTS(openApiDocument(ROUTES) as never);
  const generated = await format(HEADER + astToString(ast), {
    filepath: TARGET,
    singleQuote: true,
    printWidth: 100,
  });
  if (!process.argv.includes('--check')) {
    writeFileSync(TARGET, generated);
    return;
  }
  if (readFileSync(TARGET, 'utf8') !== generated) {
    process.stderr.write(`${TARGET} is out of date: run public-api-types.ts\n`);
    process.exit(1);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
