const { preset, withInfrastructure } = require('../../jest.preset');

module.exports = { ...preset, ...withInfrastructure, displayName: 'identity', rootDir: __dirname };
