const { preset, withInfrastructure } = require('../../jest.preset');

module.exports = { ...preset, ...withInfrastructure, displayName: 'ledger', rootDir: __dirname };
