const { preset, withInfrastructure } = require('../../jest.preset');

module.exports = { ...preset, ...withInfrastructure, displayName: 'messaging', rootDir: __dirname };
