const { testTiers } = require('../../jest.preset');

module.exports = testTiers('http-contracts', __dirname);
