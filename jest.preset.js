// Shared Jest settings: every project's jest.config.js spreads this.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias}$`,
    path.join(__dirname, target),
  ]),
);

// jose and @apidevtools/json-schema-ref-parser (under swagger-parser) ship only as ES modules,
// which Jest's CommonJS runtime cannot require: compile them too.
const esmOnly = ['jose', '@apidevtools/json-schema-ref-parser'];
const esmFiles = `^.+/node_modules/(${esmOnly.join('|')})/.+\\.js$`;

const preset = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/**/*.spec.ts'],
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
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
};

// Projects whose integration tests need real Postgres, Redis and Kafka (see libs/testing).
const withInfrastructure = {
  globalSetup: path.join(__dirname, 'libs/testing/jest-global-setup.js'),
  globalTeardown: path.join(__dirname, 'libs/testing/src/global-teardown.ts'),
  testTimeout: 60_000,
};

module.exports = { preset, withInfrastructure };
