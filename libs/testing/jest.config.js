const { preset, withInfrastructure } = require('../../jest.preset');

module.exports = { ...preset, ...withInfrastructure, displayName: 'testing', rootDir: __dirname };
