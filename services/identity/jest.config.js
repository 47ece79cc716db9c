const { preset, withInfrastructure } = require('../../jest.preset');

// jose ships only as ES modules, which Jest's CommonJS runtime cannot require: compile it too.
const jose = '^.+/node_modules/jose/.+\\.js$';

module.exports = {
  ...preset,
  ...withInfrastructure,
  displayName: 'identity',
  rootDir: __dirname,
  transform: {
    ...preset.transform,
    [jose]: ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
