const { preset } = require('../../jest.preset');

module.exports = { ...preset, displayName: 'local-infra', rootDir: __dirname };
