// Writes the TypeScript types of the public API (openapi-typescript) into @citypoints/public-api,
// whose openapi-fetch client the web app and the tests use; with --check, fails when the
// committed file is out of date instead. The generator lives here because it needs the route
// table; the types live in the lib because no other project may import the gateway.
//   node -r @swc-node/register services/gateway/src/openapi/public-api-types.ts [--check]
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format } from 'prettier';
import { ROUTES } from '../routes/route-table';
import { openApiDocument } from './openapi-document';

const TARGET = resolve(__dirname, '../../../../libs/public-api/src/public-api.d.ts');
const HEADER =
  '// Generated from the route table by services/gateway/src/openapi/public-api-types.ts: ' +
  'do not edit.\n';

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
    const [target, generator] = [TARGET, __filename].map((path) => relative(process.cwd(), path));
    process.stderr.write(`${target} is out of date: run ${generator}\n`);
    process.exit(1);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
