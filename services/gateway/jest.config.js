const { testTiers } = require('../../jest.preset');

module.exports = testTiers('gateway', __dirname);
