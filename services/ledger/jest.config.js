const { testTiers } = require('../../jest.preset');

module.exports = testTiers('ledger', __dirname);
