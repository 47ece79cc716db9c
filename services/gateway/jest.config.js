const { preset, withInfrastructure } = require('../../jest.preset');

// jose and @apidevtools/json-schema-ref-parser (under swagger-parser) ship only as ES modules,
// which Jest's CommonJS runtime cannot require: compile them too.
const esmOnly = ['jose', '@apidevtools/json-schema-ref-parser'];
const esmFiles = `^.+/node_modules/(${esmOnly.join('|')})/.+\\.js$`;

module.exports = {
  ...preset,
  ...withInfrastructure,
  displayName: 'gateway',
  rootDir: __dirname,
  transform: {
    ...preset.transform,
    [esmFiles]: ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
};
