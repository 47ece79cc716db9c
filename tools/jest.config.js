const { preset, withInfrastructure } = require('../jest.preset');

module.exports = { ...preset, ...withInfrastructure, displayName: 'tools', rootDir: __dirname };
