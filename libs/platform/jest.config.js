const { preset, withInfrastructure } = require('../../jest.preset');

module.exports = { ...preset, ...withInfrastructure, displayName: 'platform', rootDir: __dirname };
