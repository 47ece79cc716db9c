// Shared Jest settings: every project's jest.config.js spreads this.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias}$`,
    path.join(__dirname, target),
  ]),
);

// jose, @apidevtools/json-schema-ref-parser (under swagger-parser) and content-disposition
// (under @fastify/static, which serves the OpenAPI UI) ship only as ES modules, which Jest's
// CommonJS runtime cannot require: compile them too.
const esmOnly = ['jose', '@apidevtools/json-schema-ref-parser', 'content-disposition'];
const esmFiles = `^.+/node_modules/(${esmOnly.join('|')})/.+\\.js$`;

const preset = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
    [esmFiles]: ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // Everything under node_modules except those, however deep they are installed.
  transformIgnorePatterns: [`^(?!.*/node_modules/(${esmOnly.join('|')})/).*/node_modules/`],
};

// The integration and end-to-end tiers need real Postgres, Redis and Kafka (see libs/testing);
// the unit tier needs nothing and runs in seconds.
const withInfrastructure = {
  globalSetup: path.join(__dirname, 'libs/testing/jest-global-setup.js'),
  globalTeardown: path.join(__dirname, 'libs/testing/src/global-teardown.ts'),
};

const TIERS = ['unit', 'int', 'e2e'];

/**
 * A project's Jest configuration: one Jest project per test tier, named `<name>:<tier>` and
 * matching `*.<tier>.spec.ts`, so that `--selectProjects <name>:unit` runs the unit tier alone
 * (the `test:unit` target) and a plain run runs all three (the `test` target).
 */
function testTiers(name, rootDir) {
  return {
    // Jest reads testTimeout only at the top level, not per project: hooks that start servers
    // and processes need far more than its default of 5 s.
    testTimeout: 180_000,
    // A suite that fails half-way may leave a consumer or a pool open; without this Jest waits
    // for it forever after reporting, and CI times out instead of showing the failure.
    forceExit: true,
    projects: TIERS.map((tier) => ({
      ...preset,
      ...(tier === 'unit' ? {} : withInfrastructure),
      displayName: `${name}:${tier}`,
      rootDir,
      testMatch: [`<rootDir>/**/*.${tier}.spec.ts`],
    })),
  };
}

module.exports = { preset, testTiers, TIERS };
